<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessibilityPage</name>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Every text on every page, a third larger.</source>
        <translation>所有页面的文字放大三分之一。</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Stronger colours and clearer edges.</source>
        <translation>更鲜明的颜色与更清晰的边缘。</translation>
    </message>
    <message>
        <source>Within reach</source>
        <translation>伸手可及</translation>
    </message>
    <message>
        <source>On a tall screen, everything moves into the lower part, within reach from a wheelchair.</source>
        <translation>在竖屏上，所有内容移至下半部分，坐轮椅也能轻松触及。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Speak aloud</source>
        <translation>语音朗读</translation>
    </message>
    <message>
        <source>The screen says what your finger touches. Swipe right or left to move, double tap to choose. Also: hold two fingers on the screen for two seconds.</source>
        <translation>屏幕会读出手指触碰的内容。向右或向左滑动切换，双击选择。也可以两指在屏幕上按住两秒。</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>音量 %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声一点</translation>
    </message>
    <message>
        <source>In this studio, only into headphones.</source>
        <translation>在本展厅仅通过耳机播放。</translation>
    </message>
    <message>
        <source>Plug headphones into the socket of this screen to hear it. Nothing is said out loud here.</source>
        <translation>请将耳机插入此屏幕的插孔即可收听。这里不会外放任何声音。</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch to explore</source>
        <translation>轻触开始探索</translation>
    </message>
    <message>
        <source>To hear the screen: plug in headphones, then hold two fingers on it for two seconds.</source>
        <translation>想听屏幕朗读：插入耳机，然后用两根手指按住屏幕两秒。</translation>
    </message>
    <message>
        <source>To hear the screen: hold two fingers on it for two seconds.</source>
        <translation>想听屏幕朗读：用两根手指按住屏幕两秒。</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>本展厅接下来：%1，%2</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>此时段内没有记录。</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>之前：%1</translation>
    </message>
</context>
<context>
    <name>BuildSummary</name>
    <message>
        <source>Included</source>
        <translation>已包含</translation>
    </message>
    <message>
        <source>of which %1 (%2 %)</source>
        <translation>其中%1（%2%）</translation>
    </message>
</context>
<context>
    <name>BuildSummaryPage</name>
    <message>
        <source>Total price</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>QR code: this build on your phone</source>
        <translation>二维码：在手机上查看此配置</translation>
    </message>
    <message>
        <source>Your configuration code</source>
        <translation>您的配置代码</translation>
    </message>
    <message>
        <source>Scan it, or give the code to any of our studios to open this exact car.</source>
        <translation>扫描二维码，或在我们任何一家展厅出示此代码，即可打开这辆完全相同的车。</translation>
    </message>
    <message>
        <source>See similar cars in stock</source>
        <translation>查看相似的现车</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>修改配置</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>专家马上就来。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>请直接询问我们的任何一位员工——此屏幕未能发送您的请求。</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>It also carries your car&apos;s estimate, counted in the deposit.</source>
        <translation>它还包含您爱车的估价，已计入首付。</translation>
    </message>
</context>
<context>
    <name>CarFacts</name>
    <message>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <source>%1 kW (%2 hp)</source>
        <translation>%1 千瓦（%2 马力）</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0–100 公里/小时加速</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>最高车速</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 公里/小时</translation>
    </message>
    <message>
        <source>Range (WLTP)</source>
        <translation>续航里程 (WLTP)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>后备厢</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 升</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>套件</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Driver assistance</source>
        <translation>驾驶辅助</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>舒适</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>内饰</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Sound and screens</source>
        <translation>音响与屏幕</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充电</translation>
    </message>
    <message>
        <source>Vehicle, before taxes</source>
        <translation>车辆（税前）</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>kWh/100 km</source>
        <translation>千瓦时/100公里</translation>
    </message>
    <message>
        <source>l/100 km</source>
        <translation>升/100公里</translation>
    </message>
</context>
<context>
    <name>CarPictures</name>
    <message>
        <source>Photo %1 of %2: %3</source>
        <translation>第 %1 张照片，共 %2 张：%3</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>%1 的示意图</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>%1 的照片</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>从对比中移除 %1</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Year, mileage, condition</source>
        <translation>年份、里程、车况</translation>
    </message>
    <message>
        <source>Colour, interior, wheels</source>
        <translation>颜色、内饰、轮毂</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>所在地</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>起价 %1</translation>
    </message>
    <message>
        <source>Not sold in this market</source>
        <translation>本市场暂不销售</translation>
    </message>
    <message>
        <source>Complete price: taxes and fees included</source>
        <translation>完整价格：已含税费</translation>
    </message>
    <message>
        <source>Changing to %1 also changes</source>
        <translation>改为“%1”还会改变</translation>
    </message>
    <message>
        <source>Removing %1 also changes</source>
        <translation>移除“%1”还会改变</translation>
    </message>
    <message>
        <source>Adding %1 also changes</source>
        <translation>添加“%1”还会改变</translation>
    </message>
    <message>
        <source>Your complete price: %1 (%2)</source>
        <translation>您的完整价格：%1（%2）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Now included</source>
        <translation>现已包含</translation>
    </message>
    <message>
        <source>Now charged separately</source>
        <translation>现单独计价</translation>
    </message>
    <message>
        <source>You took it off.</source>
        <translation>您已将其移除。</translation>
    </message>
    <message>
        <source>%1 needs it.</source>
        <translation>“%1”需要它。</translation>
    </message>
    <message>
        <source>It needs %1, which is no longer on the car.</source>
        <translation>它需要“%1”，而该项已不在车上。</translation>
    </message>
    <message>
        <source>It cannot be combined with %1.</source>
        <translation>它不能与“%1”同时选择。</translation>
    </message>
    <message>
        <source>There is room for one: %1 takes its place.</source>
        <translation>只能选择一项：“%1”将取而代之。</translation>
    </message>
    <message>
        <source>It comes with %1.</source>
        <translation>它包含在“%1”中。</translation>
    </message>
    <message>
        <source>It came with %1, which is no longer on the car.</source>
        <translation>它原本包含在“%1”中，而该项已不在车上。</translation>
    </message>
    <message>
        <source>The package holds something that cannot be combined with %1.</source>
        <translation>该套件中有一项不能与 %1 同时选择。</translation>
    </message>
    <message>
        <source>Standard on this version, at no extra cost.</source>
        <translation>此版本标配，无需额外费用。</translation>
    </message>
    <message>
        <source>Standard on the previous version only.</source>
        <translation>仅在之前的版本中为标配。</translation>
    </message>
    <message>
        <source>Not offered on this version.</source>
        <translation>此版本不提供。</translation>
    </message>
    <message>
        <source>Offered with %1.</source>
        <translation>可搭配 %1 选择。</translation>
    </message>
    <message>
        <source>The version&apos;s standard choice.</source>
        <translation>此版本的标准选择。</translation>
    </message>
    <message>
        <source>Every car needs one of these.</source>
        <translation>每辆车都需要其中一项。</translation>
    </message>
    <message>
        <source>This choice is not in the catalog.</source>
        <translation>目录中没有此选项。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标配</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>已包含</translation>
    </message>
    <message numerus="yes">
        <source>Changes %n other choice(s)</source>
        <translation>
            <numerusform>会改变另外 %n 项选择</numerusform>
        </translation>
    </message>
    <message>
        <source>Metallic</source>
        <translation>金属漆</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>哑光漆</translation>
    </message>
    <message>
        <source>Pearl</source>
        <translation>珠光漆</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>素色漆</translation>
    </message>
    <message>
        <source>The catalog is not loaded yet.</source>
        <translation>目录尚未加载。</translation>
    </message>
    <message>
        <source>This code has a typing mistake or is incomplete. Please check each character.</source>
        <translation>此代码有输入错误或不完整，请逐个核对字符。</translation>
    </message>
    <message>
        <source>A choice</source>
        <translation>某个选项</translation>
    </message>
    <message>
        <source>The model of this code is no longer offered; this is the closest one today.</source>
        <translation>此代码对应的车型已停售；这是目前最接近的车型。</translation>
    </message>
    <message>
        <source>The version of this code is no longer offered; this is the closest one today.</source>
        <translation>此代码对应的版本已停售；这是目前最接近的版本。</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 已不再提供。</translation>
    </message>
    <message>
        <source>%1 is no longer offered; %2 takes its place.</source>
        <translation>%1 已不再提供；由 %2 代替。</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>此配置已无法选择 %1。</translation>
    </message>
    <message>
        <source>Prices or rules have changed since this code was made; everything shown is today&apos;s.</source>
        <translation>自生成此代码以来，价格或规则已有变化；所示内容均为当前信息。</translation>
    </message>
    <message>
        <source>Amounts include taxes, as your complete price does.</source>
        <translation>各项金额均含税，与您的总价一致。</translation>
    </message>
    <message>
        <source>This code counts a car in part-exchange at %1 in the deposit, an estimate a product expert confirms.</source>
        <translation>此代码将一辆置换车辆按 %1 计入首付，该估价由产品专家确认。</translation>
    </message>
</context>
<context>
    <name>ConfiguratorPage</name>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>轮毂</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>内饰</translation>
    </message>
    <message>
        <source>Packages and options</source>
        <translation>套件与选装</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>定制您的座驾</translation>
    </message>
    <message>
        <source>Choose a model to begin.</source>
        <translation>请先选择车型。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>See your car</source>
        <translation>查看您的车</translation>
    </message>
    <message>
        <source>Keep my car as it was</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Make these changes</source>
        <translation>确认这些更改</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>月供方案</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A change a choice brings: what happens to an option, and the option (&quot;Added: Heated seats&quot;).</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Your name contains invisible characters (such as a tab or a line break). Please type it again.</source>
        <translation>您的姓名包含不可见字符（例如制表符或换行符），请重新输入。</translation>
    </message>
    <message>
        <source>Please enter your name, so that we can greet you.</source>
        <translation>请输入您的姓名，以便我们称呼您。</translation>
    </message>
    <message>
        <source>Please shorten your name to at most 100 characters.</source>
        <translation>请将姓名缩短至 100 个字符以内。</translation>
    </message>
    <message>
        <source>A name has no digits. Please enter your name only.</source>
        <translation>姓名中不应包含数字，请仅输入您的姓名。</translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your name.</source>
        <translation>姓名中请仅使用文字、空格、连字符（-）和撇号（&apos;）。</translation>
    </message>
    <message>
        <source>Please enter your name in letters.</source>
        <translation>请用文字输入您的姓名。</translation>
    </message>
    <message>
        <source>The phone number contains invisible characters. Please type it again.</source>
        <translation>电话号码包含不可见字符，请重新输入。</translation>
    </message>
    <message>
        <source>Please enter your phone number.</source>
        <translation>请输入您的电话号码。</translation>
    </message>
    <message>
        <source>This is too long for a phone number. Please check it.</source>
        <translation>电话号码过长，请检查。</translation>
    </message>
    <message>
        <source> For example: %1.</source>
        <translation> 例如：%1。</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Please type the digits of your number.</source>
        <translation>这似乎不是电话号码，请输入您号码中的数字。</translation>
    </message>
    <message>
        <source>No phone number like this exists. Please check the digits after the country code.</source>
        <translation>不存在这样的电话号码，请检查国家/地区代码后面的数字。</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. For a number from another country, start with + and its country code.</source>
        <translation>这不是 %1 的有效电话号码。如为其他国家/地区的号码，请以 + 和国家/地区代码开头。</translation>
    </message>
    <message>
        <source>We cannot call this kind of number (premium-rate, toll-free, pager). Please give your mobile or home number.</source>
        <translation>我们无法拨打此类号码（付费增值号码、免费电话、寻呼机）。请提供您的手机或住宅电话号码。</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com. Please check yours.</source>
        <translation>电子邮件地址的格式类似 name@example.com，请检查您的地址。</translation>
    </message>
    <message>
        <source>The e-mail address contains invisible characters. Please type it again.</source>
        <translation>电子邮件地址包含不可见字符，请重新输入。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>请输入您的电子邮件地址。</translation>
    </message>
    <message>
        <source>This is too long for an e-mail address. Please check it.</source>
        <translation>电子邮件地址过长，请检查。</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces. Please check yours.</source>
        <translation>电子邮件地址中不应包含空格，请检查您的地址。</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain (like example.com). Please check it.</source>
        <translation>@ 后面的部分不是有效的域名（例如 example.com），请检查。</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to book a test drive. Marketing messages are a separate choice.</source>
        <translation>请同意隐私声明以预约试驾。是否接收营销信息可另行选择。</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to take your place. Marketing messages are a separate choice.</source>
        <translation>请接受隐私声明以预留您的名额。营销信息是单独的选择。</translation>
    </message>
</context>
<context>
    <name>DriveAgenda</name>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Contact details deleted</source>
        <translation>联系方式已删除</translation>
    </message>
    <message>
        <source> (stock car)</source>
        <translation> (现车)</translation>
    </message>
    <message>
        <source>Not possible at this point of the drive (a no-show is marked once its time has begun).</source>
        <translation>试驾处于当前阶段时无法执行此操作（试驾时间开始后才能标记为未到场）。</translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation>未能保存，请重试。</translation>
    </message>
    <message>
        <source>That time was just taken. Please choose another.</source>
        <translation>该时段刚刚已被预约，请选择其他时段。</translation>
    </message>
    <message>
        <source>This drive cannot be moved to that time.</source>
        <translation>此试驾无法改到该时段。</translation>
    </message>
    <message>
        <source>The studio hub did not keep this booking: %1</source>
        <translation>展厅的中心服务器未保留此预约：%1</translation>
    </message>
    <message>
        <source>Not at the studio hub yet: it goes there as soon as the hub can be reached.</source>
        <translation>尚未送达展厅的中心服务器：中心服务器可连接后将立即发送。</translation>
    </message>
    <message>
        <source>The studio hub gave this time to another booking. Call the visitor and move the drive to one of the nearest free times.</source>
        <translation>展厅的中心服务器已将此时段分配给另一预约。请致电访客，并将试驾改到最近的空闲时段。</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: the free times cannot be read now.</source>
        <translation>无法连接展厅的中心服务器：目前无法读取空闲时段。</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: please try again in a moment.</source>
        <translation>无法连接展厅的中心服务器：请稍后再试。</translation>
    </message>
</context>
<context>
    <name>DriveBooking</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>本展厅</translation>
    </message>
    <message>
        <source>No times left</source>
        <translation>已无可预约时段</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>不营业</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>已约满</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) free</source>
        <translation>
            <numerusform>%n 个可预约时段</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>The studio is closed that day.</source>
        <translation>展厅当天不营业。</translation>
    </message>
    <message>
        <source>No times are left that day. Please choose another day.</source>
        <translation>当天已无可预约时段，请选择其他日期。</translation>
    </message>
    <message numerus="yes">
        <source>We use it only to reach you about this drive, and delete it %n day(s) after the drive.</source>
        <translation>
            <numerusform>我们仅将其用于就本次试驾与您联系，并会在试驾结束 %n 天后删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a time first.</source>
        <translation>请先选择时间。</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>请检查突出显示的字段。</translation>
    </message>
    <message>
        <source>Someone has just booked this time. Please choose another one; your details stay filled in.</source>
        <translation>此时段刚刚已被他人预约。请选择其他时段，您填写的信息会保留。</translation>
    </message>
    <message>
        <source>Another screen is booking at this moment. Please tap Book again.</source>
        <translation>另一块屏幕正在预约，请再次点按“预约”。</translation>
    </message>
    <message>
        <source>The booking could not be saved on this screen. Please ask any of our team.</source>
        <translation>此屏幕未能保存预约。请直接询问我们的任何一位员工。</translation>
    </message>
    <message>
        <source>There is no drive with this code. Please check each character.</source>
        <translation>没有与此代码对应的试驾，请逐个核对字符。</translation>
    </message>
    <message>
        <source>This drive can no longer be cancelled here; please call the studio.</source>
        <translation>此试驾已无法在此取消，请致电展厅。</translation>
    </message>
    <message>
        <source>The drive could not be cancelled on this screen. Please ask any of our team.</source>
        <translation>此屏幕未能取消试驾。请直接询问我们的任何一位员工。</translation>
    </message>
    <message>
        <source>Your drive on %1 is cancelled.</source>
        <translation>您 %1 的试驾已取消。</translation>
    </message>
</context>
<context>
    <name>EventCard</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Spoken in %1</source>
        <translation>使用语言：%1</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>此活动已取消。</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>此活动已满。</translation>
    </message>
    <message>
        <source>No sign-up needed: simply come by.</source>
        <translation>无需报名：直接来即可。</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>添加到日历</translation>
    </message>
    <message>
        <source>Join: we only need a name and one way to reach you.</source>
        <translation>报名：我们只需要您的姓名和一种联系方式。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>您的手机号码或电子邮箱</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this event.</source>
        <translation>我已阅读隐私声明，并同意为本次活动保存我的姓名和联系方式。</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.</source>
        <translation>
            <numerusform>隐私声明：您的姓名和联系方式仅为您在本次活动的名额保存在本展厅的系统中。除非您勾选下方的选项，它们不会向其他访客展示，也不会用于广告，并将在活动结束 %n 天后删除。您可以随时凭代码退还名额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>可选：我希望了解新车型和活动信息。</translation>
    </message>
    <message>
        <source>Join this event</source>
        <translation>报名参加此活动</translation>
    </message>
    <message>
        <source>You have a place. Your code:</source>
        <translation>您已获得名额。您的代码：</translation>
    </message>
    <message>
        <source>Keep the code: with it you can give your place back here or by calling the studio.</source>
        <translation>请保留此代码：凭它可在此处或致电展厅退还名额。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep a place. Our team can sign you up at the desk.</source>
        <translation>此屏幕暂时无法连接展厅系统，因此无法为您保留名额。我们的团队可以在前台为您报名。</translation>
    </message>
    <message>
        <source>Your place on your phone</source>
        <translation>在手机上查看您的名额</translation>
    </message>
    <message>
        <source>Your place on your phone: the details, the calendar, and giving it back.</source>
        <translation>在手机上查看您的名额：详情、日历，以及退还名额。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>What&apos;s on</source>
        <translation>近期活动</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Spoken in</source>
        <translation>使用语言</translation>
    </message>
    <message>
        <source>Nothing planned this week that fits. Try another week, or all kinds and languages.</source>
        <translation>本周没有符合条件的活动。请尝试其他周，或选择全部类型和语言。</translation>
    </message>
    <message>
        <source>Have a place and cannot come? Give it back with your code</source>
        <translation>已报名但无法前来？凭代码退还名额</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的代码</translation>
    </message>
</context>
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>专家马上就来。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>请直接询问我们的任何一位员工——此屏幕未能发送您的请求。</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>您可以继续浏览，无需留下任何联系方式。</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1，%n 辆</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Deposit</source>
        <translation>首付</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Your car in part-exchange</source>
        <translation>您的置换车辆</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>现金首付</translation>
    </message>
</context>
<context>
    <name>FinanceQuote</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down, %3 APR, finance charge %4</source>
        <translation>
            <numerusform>每月 %1，共 %n 个月，首付 %2，年利率 (APR) %3，融资费用 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</source>
        <translation>
            <numerusform>每月 %1，共 %n 期，首付 %2，年化利率 %3，利息及费用合计 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>每月 %1，共 %n 个月，首付 %2，递减余额利率 %3（固定利率 %4），信贷总成本 %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>每月 %1，共 %n 个月，首付 %2，年度总费用率 %3（名义利率 %4），信贷总成本 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot be offered for this price; choose a smaller deposit or balloon.</source>
        <translation>此价格无法提供该方案，请选择较低的首付或尾款。</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>首付</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>首付</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>融资金额</translation>
    </message>
    <message>
        <source>Amount of credit</source>
        <translation>贷款金额</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly payments of</source>
        <translation>
            <numerusform>%n 期月供，每期</numerusform>
        </translation>
    </message>
    <message>
        <source>Final monthly payment</source>
        <translation>最后一期月供</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Arrangement fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Monthly fee, in each payment</source>
        <translation>月费（已含于每期月供）</translation>
    </message>
    <message>
        <source>Annual percentage rate (APR)</source>
        <translation>年利率 (APR)</translation>
    </message>
    <message>
        <source>Note rate</source>
        <translation>合同利率</translation>
    </message>
    <message>
        <source>Annualised rate</source>
        <translation>年化利率</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>名义利率</translation>
    </message>
    <message>
        <source>Reducing-balance rate</source>
        <translation>递减余额利率</translation>
    </message>
    <message>
        <source>Flat rate, for comparison</source>
        <translation>固定利率（仅供比较）</translation>
    </message>
    <message>
        <source>Annual percentage rate of charge (APRC)</source>
        <translation>年度总费用率 (APRC)</translation>
    </message>
    <message>
        <source>Total amount payable</source>
        <translation>应付总额</translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation>融资费用</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>贷款总成本</translation>
    </message>
    <message>
        <source>Your car counts for %1 of the deposit: the low end of its estimate, which a product expert confirms.</source>
        <translation>您的车按 %1 计入首付：即估价下限，由产品专家确认。</translation>
    </message>
    <message>
        <source>Your car&apos;s estimate covers this price: there is nothing to finance.</source>
        <translation>您爱车的估价已覆盖此价格：无需贷款。</translation>
    </message>
    <message>
        <source>Down payment in money</source>
        <translation>现金首付</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>现金首付</translation>
    </message>
    <message>
        <source>Your car in part-exchange, estimated</source>
        <translation>您的置换车辆（估价）</translation>
    </message>
    <message>
        <source>Deposit in total</source>
        <translation>首付合计</translation>
    </message>
    <message>
        <source>Count my car</source>
        <translation>计入我的车</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>不计入</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <source>Recently added</source>
        <translation>最新上架</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>距离最近</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>年款最新</translation>
    </message>
    <message>
        <source>Lowest mileage</source>
        <translation>里程最低</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新车</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>官方认证二手车</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>二手车</translation>
    </message>
    <message numerus="yes">
        <source>No car matches all of these. Without %1 there are %n cars.</source>
        <translation>
            <numerusform>没有车辆同时满足所有条件。去掉%1后有 %n 辆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>纯电动</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>插电式混合动力</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合动力</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>Model line</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>车身</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>动力类型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>供货状态</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>现车</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Prices in %1. While a price range is set, cars priced in another currency are not shown.</source>
        <translation>价格以 %1 计。设定价格范围时，以其他货币标价的车辆不会显示。</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>%1以内</translation>
    </message>
    <message>
        <source>Model year %1–%2</source>
        <translation>车型年份 %1–%2</translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation>价格从低到高</translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation>价格从高到低</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>Within %1 of %2</source>
        <translation>距%2 %1以内</translation>
    </message>
    <message>
        <source>Within %1 of here</source>
        <translation>距此处%1以内</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <source>Find a car in stock</source>
        <translation>查找库存车辆</translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>排序：%1</translation>
    </message>
    <message>
        <source>No car matches these choices.</source>
        <translation>没有符合这些条件的车辆。</translation>
    </message>
    <message>
        <source>Still loading the stock…</source>
        <translation>库存仍在加载中…</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n cars</source>
        <translation>
            <numerusform>对比 %n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>网格显示</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>列表显示</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Type %1</source>
        <translation>输入 %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>慢慢来。浏览车型、定制您的专属座驾，或预约试驾——一切按您的节奏。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation>
            <numerusform>%1 · 附近有 %n 辆现车</numerusform>
        </translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>旗舰车型</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>查找库存车辆</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>新车与官方认证二手车，就在您附近</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>定制您的座驾</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>颜色、轮毂、内饰、价格</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>选择适合您的日期和时间</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>我们的专家会来找您</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>评估我的车</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>近期活动</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>本展厅接下来：%1，%2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Still exploring?</source>
        <translation>还在浏览吗？</translation>
    </message>
    <message>
        <source>Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.</source>
        <translation>轻触任意位置继续。否则屏幕将很快清除您的所有选择，留给下一位访客。</translation>
    </message>
</context>
<context>
    <name>InsightWording</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>时间中位数</translation>
    </message>
    <message>
        <source>Visits in the period before</source>
        <translation>上一时段的访问</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Look closer</source>
        <translation>详细查看</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Times nothing was found</source>
        <translation>无结果次数</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Viewed a car</source>
        <translation>查看了车辆</translation>
    </message>
    <message>
        <source>Configured a car</source>
        <translation>配置了车辆</translation>
    </message>
    <message>
        <source>Booked a test drive</source>
        <translation>预约了试驾</translation>
    </message>
    <message numerus="yes">
        <source>%n filters for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n 次按 %1 筛选，库存中没有找到车辆。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n searches for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n 次搜索 %1，库存中没有找到车辆。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and never booked for a test drive.</source>
        <translation>%1 在 %2 次访问中被查看，但从未被预约试驾。</translation>
    </message>
    <message numerus="yes">
        <source>Test drives of %1 on %2 were fully booked for %n visits.</source>
        <translation>
            <numerusform>%2 的 %1 试驾在 %n 次访问中已约满。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock source %1 has failed %n times since %2.</source>
        <translation>
            <numerusform>库存来源 %1 自 %2 起已失败 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test drives were missed (%3).</source>
        <translation>%2 次试驾中有 %1 次未到场（%3）。</translation>
    </message>
    <message>
        <source>Drove</source>
        <translation>已试驾</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 visits</source>
        <translation>已隐藏：少于 5 次访问</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>任意一天</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Visits to its page</source>
        <translation>页面访问次数</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>已报名名额</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展厅</translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and booked for a test drive once: viewed %3 times as often as it is driven.</source>
        <translation>%1 在 %2 次访问中被查看，被预约试驾一次：查看次数是试驾的 %3 倍。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</source>
        <translation>
            <numerusform>%1 在 %2 次访问中被查看，被预约试驾 %n 次：查看次数是试驾的 %3 倍。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>First day one day earlier</source>
        <translation>开始日期提前一天</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>起价 %1</translation>
    </message>
    <message>
        <source>First day one day later</source>
        <translation>开始日期推后一天</translation>
    </message>
    <message>
        <source>Last day one day earlier</source>
        <translation>结束日期提前一天</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Last day one day later</source>
        <translation>结束日期推后一天</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 visits are hidden.</source>
        <translation>少于 5 次访问的分组已隐藏。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>此时段内没有值得注意的情况。</translation>
    </message>
    <message>
        <source>From visit to drive</source>
        <translation>从访问到试驾</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>最繁忙时段</translation>
    </message>
    <message>
        <source>Busiest hour: %1, %2 visits</source>
        <translation>最繁忙时段：%1，%2 次访问</translation>
    </message>
    <message>
        <source>Too few visits to show the hours.</source>
        <translation>访问太少，无法显示时段。</translation>
    </message>
    <message>
        <source>Most viewed models</source>
        <translation>查看最多的车型</translation>
    </message>
    <message>
        <source>Looked for, and nothing found</source>
        <translation>查找后无结果</translation>
    </message>
    <message>
        <source>Every search and filter found cars.</source>
        <translation>每次搜索和筛选都找到了车辆。</translation>
    </message>
    <message>
        <source>Paints chosen</source>
        <translation>选择的车漆</translation>
    </message>
    <message>
        <source>Wheels chosen</source>
        <translation>选择的轮毂</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>选择的选装</translation>
    </message>
    <message>
        <source>Screens side by side</source>
        <translation>各屏幕对比</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Every table of this period as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>此时段的每张表格导出为 CSV 文件（UTF-8，适用于任何电子表格）。</translation>
    </message>
    <message>
        <source>Insert a USB stick to export the tables.</source>
        <translation>插入 U 盘以导出表格。</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>重新查找 U 盘</translation>
    </message>
    <message>
        <source>Busiest days</source>
        <translation>最繁忙的日子</translation>
    </message>
    <message>
        <source>Studio events: visits to their pages</source>
        <translation>展厅活动：页面访问</translation>
    </message>
    <message>
        <source>No event page was opened in this period.</source>
        <translation>此期间没有打开过活动页面。</translation>
    </message>
    <message>
        <source>Studio events by kind</source>
        <translation>按类型的展厅活动</translation>
    </message>
    <message>
        <source>Visits day by day</source>
        <translation>每日访问</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Whose visits</source>
        <translation>哪些访问</translation>
    </message>
    <message>
        <source>Studios side by side</source>
        <translation>各展厅对比</translation>
    </message>
    <message>
        <source>Every table of this period, as the hub counted it, as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>本时段的所有表格（按中心服务器的统计），导出为 CSV 文件（UTF-8，适用于任何电子表格）。</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Days with fewer than 5 visits are left out of the line.</source>
        <translation>访问少于 5 次的日期不计入曲线。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Configure yours</source>
        <translation>定制您的座驾</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>从选择车系开始。每一项选择在确认前都会显示价格。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
</context>
<context>
    <name>MarketWords</name>
    <message>
        <source>%1 mi</source>
        <translation>%1 英里</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>Here in this studio</source>
        <translation>就在本展厅</translation>
    </message>
    <message>
        <source>%1 mi away</source>
        <translation>距离 %1 英里</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>距此 %1 公里</translation>
    </message>
    <message>
        <source>Priced in %1 for %2, not converted</source>
        <translation>以%1标价（%2），未换算</translation>
    </message>
    <message>
        <source>Priced in %1, not converted</source>
        <translation>以%1标价，未换算</translation>
    </message>
</context>
<context>
    <name>ModelLinesPage</name>
    <message>
        <source>Have a configuration code?</source>
        <translation>有配置代码吗？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>This screen is taking a short break</source>
        <translation>此屏幕正在短暂休息</translation>
    </message>
    <message>
        <source>A product expert will be glad to show you the cars, take you for a drive or help you with a booking.</source>
        <translation>产品专家很乐意为您介绍车辆、陪您试驾或协助您预约。</translation>
    </message>
    <message>
        <source>For staff: %1 Vitrine tries again every 10 seconds.</source>
        <translation>工作人员须知：%1 Vitrine 每 10 秒重试一次。</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>工作人员请注意：%1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>PhoneBookPage</name>
    <message>
        <source>Book a test drive of the %1</source>
        <translation>预约试驾 %1</translation>
    </message>
    <message>
        <source>Back to your build</source>
        <translation>返回您的配置</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展厅</translation>
    </message>
    <message>
        <source>Choose a studio to see its free times.</source>
        <translation>选择一家展厅以查看其空闲时间。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>当天没有空闲时段。请选择其他日期。</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>%1 的空闲时段</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>您的手机号码或电子邮箱</translation>
    </message>
    <message>
        <source>Only to confirm this drive and, if it must change, to tell you.</source>
        <translation>仅用于确认本次试驾，以及在需要变更时通知您。</translation>
    </message>
    <message>
        <source>Book the test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>请选择一个空闲时段。</translation>
    </message>
    <message>
        <source>That time is no longer free: someone has just taken it. Choose another time.</source>
        <translation>该时间已被预约：刚刚有人选了它。请选择其他时间。</translation>
    </message>
</context>
<context>
    <name>PhoneBuildPage</name>
    <message>
        <source>This build code is not valid</source>
        <translation>此配置代码无效</translation>
    </message>
    <message>
        <source>It has a typing mistake or is incomplete. Scan the code on the screen again.</source>
        <translation>代码有输入错误或不完整。请重新扫描屏幕上的二维码。</translation>
    </message>
    <message>
        <source>This build can no longer be shown</source>
        <translation>此配置已无法显示</translation>
    </message>
    <message>
        <source>The model is no longer offered here. Ask the studio for its successor.</source>
        <translation>该车型在此已停售。请向展厅咨询其后续车型。</translation>
    </message>
    <message>
        <source>Your build %1: %2</source>
        <translation>您的配置 %1：%2</translation>
    </message>
    <message>
        <source>Build code %1</source>
        <translation>配置代码 %1</translation>
    </message>
    <message>
        <source>Drawing of the %1 in %2 with %3 wheels</source>
        <translation>%1 的示意图：%2 车漆，%3 轮毂</translation>
    </message>
    <message>
        <source>What has changed since</source>
        <translation>此后的变化</translation>
    </message>
    <message>
        <source>An option</source>
        <translation>某个选装</translation>
    </message>
    <message>
        <source>%1 is no longer offered; the closest today is %2.</source>
        <translation>%1 已停售；目前最接近的是 %2。</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 已不再提供。</translation>
    </message>
    <message>
        <source>%1 is no longer possible on this build.</source>
        <translation>此配置已无法选择 %1。</translation>
    </message>
    <message>
        <source>Prices or rules of this build have changed; the figures below are today&apos;s.</source>
        <translation>此配置的价格或规则已有变化；以下为今日数据。</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月供</translation>
    </message>
    <message>
        <source>An example; the studio gives you the binding offer.</source>
        <translation>此为示例；正式报价请以展厅为准。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要参数</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>Similar cars in stock</source>
        <translation>相似的现车</translation>
    </message>
    <message>
        <source>None in stock just now; the studio can order this build.</source>
        <translation>目前无库存；展厅可为您订购此配置。</translation>
    </message>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>符合您 %2 项选择中的 %1 项</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>致电 %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Choose a time here, or visit or call a studio and give your build code %1.</source>
        <translation>在此选择时间，或到访或致电展厅并提供您的配置代码 %1。</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>请选择时间</translation>
    </message>
</context>
<context>
    <name>PhoneCarPage</name>
    <message>
        <source>This car has been sold</source>
        <translation>此车已售出</translation>
    </message>
    <message>
        <source>It is no longer in stock. The studio can show you similar cars or order one.</source>
        <translation>此车已无库存。展厅可为您展示相似车辆或为您订购。</translation>
    </message>
    <message>
        <source>No car with this number</source>
        <translation>没有此编号的车辆</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>请重新扫描屏幕上的二维码。</translation>
    </message>
    <message>
        <source>Drawing of the %1, %2</source>
        <translation>%1 的示意图，%2</translation>
    </message>
    <message>
        <source>Vehicle identification number %1</source>
        <translation>车辆识别代号 %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月供</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要参数</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>车辆所在地</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>打开地图</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>致电 %1</translation>
    </message>
</context>
<context>
    <name>PhoneDrivePages</name>
    <message>
        <source>Requested: the studio will confirm it.</source>
        <translation>已申请：展厅将予以确认。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>已确认。</translation>
    </message>
    <message>
        <source>Driven. Thank you for coming.</source>
        <translation>已试驾。感谢您的光临。</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>已错过。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No test drive with this code</source>
        <translation>没有此代码的试驾</translation>
    </message>
    <message>
        <source>Check the code on your confirmation, or scan it again.</source>
        <translation>请核对确认信息上的代码，或重新扫描。</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4 time)</source>
        <translation>%1，%2 至 %3（%4 时间）</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>您的手机号码或电子邮箱</translation>
    </message>
    <message>
        <source>The one you gave when booking.</source>
        <translation>即预约时填写的那一个。</translation>
    </message>
    <message>
        <source>Your test drive</source>
        <translation>您的试驾</translation>
    </message>
    <message>
        <source>Booking code %1</source>
        <translation>预约代码 %1</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>添加到我的日历</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>选择其他时间</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the test drive</source>
        <translation>取消试驾</translation>
    </message>
    <message>
        <source>Erase my data</source>
        <translation>删除我的数据</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a drive still to come is cancelled.</source>
        <translation>您的姓名和联系方式将立即删除；尚未进行的试驾将被取消。</translation>
    </message>
    <message>
        <source>This drive cannot be moved</source>
        <translation>此试驾无法改期</translation>
    </message>
    <message>
        <source>Move your test drive</source>
        <translation>试驾改期</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>当天没有空闲时段。请选择其他日期。</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>%1 的空闲时段</translation>
    </message>
    <message>
        <source>Move the test drive</source>
        <translation>确认改期</translation>
    </message>
    <message>
        <source>We could not change this booking</source>
        <translation>无法更改此预约</translation>
    </message>
    <message>
        <source>Check the booking code and the phone number or e-mail address you gave when booking.</source>
        <translation>请核对预约代码以及预约时填写的手机号码或电子邮箱。</translation>
    </message>
    <message>
        <source>Back to your test drive</source>
        <translation>返回您的试驾</translation>
    </message>
    <message>
        <source>Your data is erased</source>
        <translation>您的数据已删除</translation>
    </message>
    <message>
        <source>Your name and contact are deleted; a drive still to come is cancelled.</source>
        <translation>您的姓名和联系方式已删除；尚未进行的试驾已取消。</translation>
    </message>
    <message>
        <source>Your test drive is cancelled</source>
        <translation>您的试驾已取消</translation>
    </message>
    <message>
        <source>Nothing else is needed. You are welcome any time.</source>
        <translation>无需其他操作。欢迎随时光临。</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>请选择时间</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>请选择一个空闲时段。</translation>
    </message>
    <message>
        <source>That time is no longer free</source>
        <translation>该时段已被预约</translation>
    </message>
    <message>
        <source>Someone has just taken it. Choose another time.</source>
        <translation>刚刚已有人预约。请选择其他时间。</translation>
    </message>
    <message>
        <source>Your test drive is moved</source>
        <translation>您的试驾已改期</translation>
    </message>
</context>
<context>
    <name>PhoneHtml</name>
    <message>
        <source>Please try again shortly</source>
        <translation>请稍后重试</translation>
    </message>
    <message>
        <source>The studio&apos;s data cannot be read just now.</source>
        <translation>暂时无法读取展厅数据。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>No account, no cookies, no tracking.</source>
        <translation>无需账户，无 Cookie，无跟踪。</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>There were many requests from your network. Try again in a minute.</source>
        <translation>您的网络发出的请求过多。请一分钟后再试。</translation>
    </message>
    <message>
        <source>This link is too long</source>
        <translation>此链接过长</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>请重新扫描屏幕上的二维码。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>This page cannot do that.</source>
        <translation>此页面不支持该操作。</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>找不到页面</translation>
    </message>
    <message>
        <source>Too much to read</source>
        <translation>内容过多</translation>
    </message>
    <message>
        <source>Send the form again.</source>
        <translation>请重新提交表单。</translation>
    </message>
    <message>
        <source>Too many attempts to change a booking. Try again in a few minutes.</source>
        <translation>更改预约的尝试次数过多。请几分钟后再试。</translation>
    </message>
</context>
<context>
    <name>PhonePlacePages</name>
    <message>
        <source>No place with this code</source>
        <translation>没有使用此代码的名额</translation>
    </message>
    <message>
        <source>Check the code the screen gave you, or scan it again.</source>
        <translation>请核对屏幕给您的代码，或再扫描一次。</translation>
    </message>
    <message>
        <source>This event is cancelled. We are sorry.</source>
        <translation>此活动已取消。非常抱歉。</translation>
    </message>
    <message>
        <source>You gave this place back.</source>
        <translation>您已退还此名额。</translation>
    </message>
    <message>
        <source>Checked in. Enjoy the event.</source>
        <translation>已签到。祝您活动愉快。</translation>
    </message>
    <message>
        <source>This event has ended. Thank you for coming.</source>
        <translation>此活动已结束。感谢您的光临。</translation>
    </message>
    <message>
        <source>Your place is kept. See you there.</source>
        <translation>您的名额已保留。到时见。</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>您的名额</translation>
    </message>
    <message>
        <source>Place code %1</source>
        <translation>名额代码 %1</translation>
    </message>
    <message>
        <source>The one you gave when you joined.</source>
        <translation>即您报名时填写的那一个。</translation>
    </message>
    <message>
        <source>Give your place back</source>
        <translation>退还您的名额</translation>
    </message>
    <message>
        <source>Someone else can then take it.</source>
        <translation>这样其他人就可以使用它。</translation>
    </message>
    <message>
        <source>Give back my place</source>
        <translation>退还我的名额</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a place still to come is given back.</source>
        <translation>您的姓名和联系方式会立即删除；尚未开始的活动名额将被退还。</translation>
    </message>
    <message>
        <source>We could not change this place</source>
        <translation>我们无法更改此名额</translation>
    </message>
    <message>
        <source>Check the place code and the phone number or e-mail address you gave when you joined.</source>
        <translation>请核对名额代码以及您报名时填写的电话号码或电子邮件地址。</translation>
    </message>
    <message>
        <source>Back to your place</source>
        <translation>返回您的名额</translation>
    </message>
    <message>
        <source>Your place is given back</source>
        <translation>您的名额已退还</translation>
    </message>
    <message>
        <source>Thank you for letting us know. You are welcome any time.</source>
        <translation>感谢您告知我们。欢迎您随时光临。</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>员工模式</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>请输入员工 PIN 码</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>已输入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进入</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Your name and contact are deleted; a place still to come is given back.</source>
        <translation>您的姓名和联系方式已删除；尚未开始的活动名额已退还。</translation>
    </message>
</context>
<context>
    <name>RangeChoice</name>
    <message>
        <source>%1, from</source>
        <translation>%1，最低</translation>
    </message>
    <message>
        <source>%1, up to</source>
        <translation>%1，最高</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: model, colour, equipment</source>
        <translation>搜索：车型、颜色、配置</translation>
    </message>
    <message>
        <source>Search the stock</source>
        <translation>搜索库存</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1，%n 辆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n 辆车</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarStock</name>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>符合您 %2 项选择中的 %1 项</translation>
    </message>
    <message>
        <source>same version</source>
        <translation>相同版本</translation>
    </message>
    <message>
        <source>same colour</source>
        <translation>相同颜色</translation>
    </message>
</context>
<context>
    <name>SimilarStockPage</name>
    <message>
        <source>Similar cars in stock</source>
        <translation>相似的现车</translation>
    </message>
    <message>
        <source>Closest to %1 first. These cars are here or at a partner nearby, ready sooner than a new build.</source>
        <translation>最接近 %1 的排在前面。这些车就在本店或附近的合作伙伴处，比新订车更快提车。</translation>
    </message>
    <message>
        <source>No car in stock is close to this build right now. An expert can tell you when one arrives.</source>
        <translation>目前没有与此配置相近的现车。顾问可以告诉您何时到货。</translation>
    </message>
    <message>
        <source>Looking for cars close to your build…</source>
        <translation>正在查找与您的配置相近的车辆…</translation>
    </message>
</context>
<context>
    <name>SleepLayer</name>
    <message>
        <source>The screen is asleep outside opening hours</source>
        <translation>非营业时间，屏幕已休眠</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Stock sources</source>
        <translation>库存来源</translation>
    </message>
    <message>
        <source>Fetch all now</source>
        <translation>立即全部获取</translation>
    </message>
    <message>
        <source>Needs attention: failing for longer than the set time</source>
        <translation>需要处理：失败时间已超过设定时长</translation>
    </message>
    <message>
        <source>Last success %1 · last attempt %2 · next %3</source>
        <translation>上次成功 %1 · 上次尝试 %2 · 下次 %3</translation>
    </message>
    <message>
        <source>%1 records applied · %2 left out</source>
        <translation>已应用 %1 条记录 · 略过 %2 条</translation>
    </message>
    <message>
        <source>Choose a source to see what its last feed left out.</source>
        <translation>选择一个来源，查看其上次数据中略过的内容。</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>立即获取</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>移除此来源</translation>
    </message>
    <message>
        <source>Undo this screen&apos;s change</source>
        <translation>撤销此屏幕上的更改</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>获取间隔</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>From a USB stick or folder</source>
        <translation>来自 U 盘或文件夹</translation>
    </message>
    <message>
        <source>Look for files</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Address (https://…, or a file path)</source>
        <translation>地址（https://… 或文件路径）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Add and fetch</source>
        <translation>添加并获取</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech on. Swipe right or left to move, double tap to choose. Hold two fingers for two seconds to turn speech off.</source>
        <translation>语音已开启。向右或向左滑动切换，双击选择。两指按住两秒可关闭语音。</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>语音已关闭。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选</translation>
    </message>
    <message>
        <source>slider at %1</source>
        <translation>滑块位于 %1</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>文本框</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>StaffInsights</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The insights could not be read: %1</source>
        <translation>无法读取洞察：%1</translation>
    </message>
    <message>
        <source>%1 of the step before</source>
        <translation>上一步的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1 (median)</source>
        <translation>用时 %1（中位数）</translation>
    </message>
    <message>
        <source>%1, after %2 (median)</source>
        <translation>%1，用时 %2（中位数）</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>少于 5</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>%1 viewed a car, %2 configured, %3 booked a drive</source>
        <translation>%1 查看车辆，%2 配置，%3 预约试驾</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>正在写入表格…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 张表格写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables could not be written to %1: %2</source>
        <translation>无法将表格写入 %1：%2</translation>
    </message>
    <message>
        <source>Places taken: %1</source>
        <translation>已报名名额：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>已报名 %n 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Visits per day: %1. The period before, day by day: %2.</source>
        <translation>每日访问：%1。上一期逐日：%2。</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>此屏幕</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>本展厅</translation>
    </message>
    <message>
        <source>All studios</source>
        <translation>所有展厅</translation>
    </message>
    <message>
        <source>The hub&apos;s figures could not be read just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>暂时无法读取中心服务器的数据。请稍后再试；本屏幕自己的数据在“此屏幕”下。</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s figures cannot be shown. They come back when it answers; this screen&apos;s own figures are under “This screen”.</source>
        <translation>暂时无法连接中心服务器，因此无法显示展厅的数据。服务器恢复响应后数据会重新显示；本屏幕自己的数据在“此屏幕”下。</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s tables were not written. Try again when it answers.</source>
        <translation>暂时无法连接中心服务器，因此未写入展厅的表格。请在服务器恢复响应后再试。</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>中心服务器正在读取其他数据。请稍后再试；本屏幕自己的数据在“此屏幕”下。</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now, so the studio&apos;s tables were not written. Try again in a moment.</source>
        <translation>中心服务器正在读取其他数据，因此未写入展厅的表格。请稍后再试。</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>对比 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”.</source>
        <translation>此屏幕尚未设置员工 PIN 码。请使用“vitrinectl set-pin”设置。</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Staff mode opens again at %1.</source>
        <translation>错误次数过多。员工模式将于 %1 重新开放。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please wait a moment before trying again.</source>
        <translation>PIN 码不正确。请稍候再试。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 码不正确。请重试。</translation>
    </message>
    <message>
        <source>Staff mode is locked.</source>
        <translation>员工模式已锁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 英里</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>车架号 …%1</translation>
    </message>
    <message>
        <source>%1, reserved</source>
        <translation>%1，已预留</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>正在运往 %1</translation>
    </message>
    <message>
        <source>a car that has left the stock</source>
        <translation>一辆已不在库存中的车</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>Out loud</source>
        <translation>外放</translation>
    </message>
    <message>
        <source>Only into headphones</source>
        <translation>仅通过耳机</translation>
    </message>
    <message>
        <source>A colleague has already taken this request.</source>
        <translation>已有同事接手了这个请求。</translation>
    </message>
    <message>
        <source>The studio&apos;s system did not take this. Please try again.</source>
        <translation>展厅系统未能接收此操作。请重试。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>员工模式</translation>
    </message>
    <message>
        <source>Visitors waiting</source>
        <translation>等待中的访客</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>目前没有人在等待。</translation>
    </message>
    <message>
        <source>Hold request</source>
        <translation>保留车辆请求</translation>
    </message>
    <message>
        <source>Would like to talk to an expert</source>
        <translation>希望与专家交谈</translation>
    </message>
    <message>
        <source>Since %1 · build %2</source>
        <translation>自 %1 起 · 配置 %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>此屏幕</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展厅</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <source>Clear the screen after</source>
        <translation>闲置多久后清屏</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>屏幕方向</translation>
    </message>
    <message>
        <source>Keep test-drive contact details after the drive for</source>
        <translation>试驾后联系方式保留时间</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>锁定并离开</translation>
    </message>
    <message>
        <source>Quit Vitrine</source>
        <translation>退出 Vitrine</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>取消试驾</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>No test drives booked for the next two weeks.</source>
        <translation>未来两周没有已预约的试驾。</translation>
    </message>
    <message>
        <source>The finder first shows cars within</source>
        <translation>找车页面首先显示以下范围内的车辆</translation>
    </message>
    <message>
        <source>Stock sources</source>
        <translation>库存来源</translation>
    </message>
    <message>
        <source>Sources and event files</source>
        <translation>来源与活动文件</translation>
    </message>
    <message>
        <source>Flag a source to staff when it has failed for</source>
        <translation>来源持续失败多久后提醒员工</translation>
    </message>
    <message>
        <source>Disk space for the stock&apos;s photos</source>
        <translation>库存照片占用的磁盘空间</translation>
    </message>
    <message>
        <source>Since %1 · %2</source>
        <translation>自 %1 起 · %2</translation>
    </message>
    <message>
        <source>Cancel this drive? The time is given free for others to book.</source>
        <translation>取消这次试驾？该时段将重新开放给他人预约。</translation>
    </message>
    <message>
        <source>Yes, cancel the drive</source>
        <translation>是的，取消试驾</translation>
    </message>
    <message>
        <source>Keep the drive</source>
        <translation>保留试驾</translation>
    </message>
    <message>
        <source>Move the drive</source>
        <translation>改期试驾</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>正在查询空闲时间…</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>未来两周内没有空闲时段。</translation>
    </message>
    <message>
        <source>Free times on this day, in the studio&apos;s local time:</source>
        <translation>当天的空闲时段（展厅当地时间）：</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>保留原时间</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>What visitors looked at, configured and booked, and what they did not find. Anonymous.</source>
        <translation>访客查看、配置和预约了什么，以及没有找到什么。匿名。</translation>
    </message>
    <message>
        <source>Open insights</source>
        <translation>打开洞察</translation>
    </message>
    <message>
        <source>Visitors&apos; phones open this studio&apos;s pages at %1</source>
        <translation>访客手机通过 %1 打开本展厅的页面</translation>
    </message>
    <message>
        <source>Speech mode speaks</source>
        <translation>语音模式的声音</translation>
    </message>
    <message>
        <source>Address of this studio&apos;s pages for visitors&apos; phones</source>
        <translation>本展厅供访客手机打开的网页地址</translation>
    </message>
    <message>
        <source>No address for visitors&apos; phones yet: the QR codes lead nowhere on the web until one is saved.</source>
        <translation>尚未设置访客手机的网页地址：保存地址之前，二维码无法打开任何网页。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>No events in the coming weeks.</source>
        <translation>未来几周没有活动。</translation>
    </message>
    <message>
        <source>Everyone told</source>
        <translation>已全部通知</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>已占 %1/%2 个名额</translation>
    </message>
    <message>
        <source>no sign-up</source>
        <translation>无需报名</translation>
    </message>
    <message>
        <source>gave the place back</source>
        <translation>已退还名额</translation>
    </message>
    <message>
        <source>here</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Studio hub</source>
        <translation>展厅中心服务器</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>中心服务器地址</translation>
    </message>
    <message>
        <source>The pairing code the hub shows</source>
        <translation>中心服务器显示的配对代码</translation>
    </message>
    <message>
        <source>Pair this screen</source>
        <translation>配对此屏幕</translation>
    </message>
    <message>
        <source>Stop using this hub</source>
        <translation>停止使用此中心服务器</translation>
    </message>
</context>
<context>
    <name>StockFreshness</name>
    <message>
        <source>Stock updated just now</source>
        <translation>库存刚刚更新</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated %n minutes ago</source>
        <translation>
            <numerusform>库存于 %n 分钟前更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated today at %1</source>
        <translation>库存于今天 %1 更新</translation>
    </message>
    <message>
        <source>Stock updated yesterday at %1</source>
        <translation>库存于昨天 %1 更新</translation>
    </message>
    <message>
        <source>Stock as of %1</source>
        <translation>库存截至 %1</translation>
    </message>
</context>
<context>
    <name>StudioEvents</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Drive day</source>
        <translation>试驾日</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>发布会</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 这一周</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>its time changed</source>
        <translation>时间已变更</translation>
    </message>
    <message>
        <source>it moved to another studio</source>
        <translation>已改到其他展厅</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>it takes place after all</source>
        <translation>将如期举行</translation>
    </message>
    <message>
        <source>it has fewer places than joiners</source>
        <translation>名额少于报名人数</translation>
    </message>
    <message>
        <source>its language changed</source>
        <translation>语言已变更</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2. Tell the %n people who joined.</source>
        <translation>
            <numerusform>%1：%2。请通知已报名的 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>联系方式已删除</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>请检查突出显示的字段。</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>此活动已满。</translation>
    </message>
    <message>
        <source>This event no longer takes sign-ups.</source>
        <translation>此活动已不再接受报名。</translation>
    </message>
    <message>
        <source>Your place could not be saved on this screen. Please ask any of our team.</source>
        <translation>无法在此屏幕保存您的名额。请向我们的工作人员咨询。</translation>
    </message>
    <message>
        <source>Your place is given back. Thank you for letting us know.</source>
        <translation>您的名额已退还。感谢告知。</translation>
    </message>
    <message>
        <source>No place with this code can be given back here. Please check the code.</source>
        <translation>无法在此凭该代码退还名额。请检查代码。</translation>
    </message>
    <message>
        <source>new in the latest feed</source>
        <translation>最新数据源中新增</translation>
    </message>
    <message>
        <source>changed by the latest feed</source>
        <translation>已被最新数据源更改</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep your place. Please ask any of our team.</source>
        <translation>此屏幕暂时无法连接展厅系统，因此无法为您保留名额。请咨询我们的任何一位工作人员。</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Please ask any of our team.</source>
        <translation>此屏幕暂时无法连接展厅系统。请咨询我们的任何一位工作人员。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>书面挪威语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>新挪威语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
</context>
<context>
    <name>StudioHub</name>
    <message>
        <source>The hub did not accept this code. Show a new one on the hub and type it again.</source>
        <translation>中心服务器未接受此代码。请在中心服务器上生成新代码后重新输入。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match what it says. Check the address.</source>
        <translation>中心服务器的证书与其声明不符。请检查地址。</translation>
    </message>
    <message>
        <source>The hub cannot be reached at this address.</source>
        <translation>无法通过此地址连接中心服务器。</translation>
    </message>
    <message>
        <source>Paired. Bookings and places now go through the hub.</source>
        <translation>已配对。预约和名额现在通过中心服务器处理。</translation>
    </message>
    <message>
        <source>Paired, but this screen could not keep the pairing. Pair it again.</source>
        <translation>已配对，但此屏幕无法保存配对信息。请重新配对。</translation>
    </message>
    <message>
        <source>Not paired with a hub: this screen keeps its test drives and event places on its own.</source>
        <translation>未与中心服务器配对：此屏幕自行保存试驾预约和活动名额。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Paired with the hub at %1. Last contact: %2.</source>
        <translation>已与位于 %1 的中心服务器配对。最近联系：%2。</translation>
    </message>
    <message>
        <source>Paired with the hub at %1, which cannot be reached (last contact: %2). Visitors are told before they sign up.</source>
        <translation>已与位于 %1 的中心服务器配对，但目前无法连接（最近联系：%2）。访客在报名前会被告知。</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address (such as https://10.0.0.2:8443) and the code it shows.</source>
        <translation>请输入中心服务器的地址（例如 https://10.0.0.2:8443）及其显示的代码。</translation>
    </message>
    <message>
        <source>This screen no longer uses a hub.</source>
        <translation>此屏幕不再使用中心服务器。</translation>
    </message>
    <message>
        <source>This screen could not forget the hub. Try again.</source>
        <translation>此屏幕无法取消中心服务器配对。请重试。</translation>
    </message>
    <message>
        <source>The hub at %1 no longer knows this screen (it was removed there). Show a new code on the hub and pair this screen again; until then, visitors are told before they sign up.</source>
        <translation>位于 %1 的中心服务器已不再识别此屏幕（已在中心服务器上移除）。请在中心服务器上显示新的配对码并重新配对此屏幕；在此之前，访客会在登记前得到提示。</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>请选择您希望出发的展厅。我们只询问试驾所需的信息。</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1——您所在的位置</translation>
    </message>
</context>
<context>
    <name>SuggestionStrip</name>
    <message>
        <source>You might also like</source>
        <translation>您可能也会喜欢</translation>
    </message>
</context>
<context>
    <name>SyncSources</name>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Meta catalog</source>
        <translation>Meta 目录</translation>
    </message>
    <message>
        <source>Google listings</source>
        <translation>Google 车源</translation>
    </message>
    <message>
        <source>Vitrine feed</source>
        <translation>Vitrine 数据源</translation>
    </message>
    <message>
        <source>The sources cannot be read from this screen&apos;s database.</source>
        <translation>无法从此屏幕的数据库读取来源。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Fetching now…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>尚未获取</translation>
    </message>
    <message>
        <source>Up to date, with records left out</source>
        <translation>已是最新，有记录被略过</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Up to date (nothing new)</source>
        <translation>已是最新（没有新内容）</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>服务器报告了错误</translation>
    </message>
    <message>
        <source>The feed is larger than this source may bring</source>
        <translation>数据超过了此来源允许的大小</translation>
    </message>
    <message>
        <source>What came is not a feed</source>
        <translation>收到的内容不是数据源</translation>
    </message>
    <message>
        <source>The download was cut off; it will resume</source>
        <translation>下载中断，将会续传</translation>
    </message>
    <message>
        <source>The file is not there (is the USB stick in?)</source>
        <translation>文件不存在（U 盘插好了吗？）</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技术细节：%1</translation>
    </message>
    <message>
        <source>The feed was refused; the stock from before stays</source>
        <translation>数据被拒绝；之前的库存保持不变</translation>
    </message>
    <message>
        <source>This screen could not store it</source>
        <translation>此屏幕无法保存</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>No feed is fetched by this screen; its stock comes from imports.</source>
        <translation>此屏幕不获取任何数据源；库存来自导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n sources need attention: failing for more than %1.</source>
        <translation>
            <numerusform>%n 个来源需要处理：失败已超过 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all working.</source>
        <translation>
            <numerusform>%n 个来源，全部正常。</numerusform>
        </translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed</source>
        <translation>由品牌数据源列出</translation>
    </message>
    <message>
        <source>added on this screen</source>
        <translation>在此屏幕上添加</translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed, changed on this screen</source>
        <translation>由品牌数据源列出，在此屏幕上修改</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Rows without a dealer go to %1</source>
        <translation>未注明经销商的行归入 %1</translation>
    </message>
    <message>
        <source>recognised from each file</source>
        <translation>按每个文件自动识别</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>尚未获取。</translation>
    </message>
    <message>
        <source>No feed has come in from this source yet.</source>
        <translation>尚未从此来源收到任何数据。</translation>
    </message>
    <message>
        <source>Nothing was left out of the last feed.</source>
        <translation>上次数据没有略过任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the last feed: %n records</source>
        <translation>
            <numerusform>上次数据略过：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every source now.</source>
        <translation>正在获取所有来源。</translation>
    </message>
    <message>
        <source>Fetching %1 now.</source>
        <translation>正在获取 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>%1 is fetched again.</source>
        <translation>%1 已恢复获取。</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 已暂停。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>That address cannot be used: %1</source>
        <translation>无法使用该地址：%1</translation>
    </message>
    <message>
        <source>%1 was added and is fetched now.</source>
        <translation>已添加 %1，正在获取。</translation>
    </message>
    <message>
        <source>No feed file found. Put in the USB stick, then look again.</source>
        <translation>未找到数据文件。请插入 U 盘后再查找。</translation>
    </message>
    <message>
        <source>%1 is being imported.</source>
        <translation>正在导入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the sources failed at the last attempt and will be tried again as planned.</source>
        <translation>
            <numerusform>%n 个来源在上次尝试时失败，将按计划重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDrive</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>TestDrivePage</name>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>This very car, from stock</source>
        <translation>就是这辆现车</translation>
    </message>
    <message>
        <source>Which car would you like to drive?</source>
        <translation>您想试驾哪款车？</translation>
    </message>
    <message>
        <source>Booked already? Cancel with your booking code</source>
        <translation>已预约？使用预约代码取消</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>取消试驾</translation>
    </message>
    <message>
        <source>Where would you like to start?</source>
        <translation>您想从哪里出发？</translation>
    </message>
    <message>
        <source>Choose a day to see its free times.</source>
        <translation>选择日期以查看可预约时段。</translation>
    </message>
    <message>
        <source>Times are in the studio&apos;s local time. A drive takes about an hour with an expert.</source>
        <translation>所有时间均为展厅当地时间。试驾约需一小时，全程有顾问陪同。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已被预约</translation>
    </message>
    <message>
        <source>Who is coming? We only need a name and one way to reach you.</source>
        <translation>谁来试驾？我们只需要一个姓名和一种联系方式。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>How should we reach you?</source>
        <translation>我们应如何联系您？</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this drive.</source>
        <translation>我已阅读隐私声明，并同意为本次试驾保存我的姓名和联系方式。</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.</source>
        <translation>
            <numerusform>隐私声明：您的姓名和联系方式保存在本展厅的系统中，仅用于安排本次试驾。这些信息绝不会向其他访客显示；除非您勾选下方的方框，否则也不会用于广告宣传。信息将在试驾结束 %n 天后删除。您可随时凭预约代码取消预约。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>可选：我希望了解新车型和活动信息。</translation>
    </message>
    <message>
        <source>Book this drive</source>
        <translation>预约本次试驾</translation>
    </message>
    <message>
        <source>Your drive is booked. We look forward to seeing you.</source>
        <translation>您的试驾已预约成功。我们期待您的光临。</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>您的预约代码</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>添加到日历</translation>
    </message>
    <message>
        <source>Your booking on your phone</source>
        <translation>在手机上查看您的预约</translation>
    </message>
    <message>
        <source>Keep the code: with it you can cancel here or by calling the studio. Nothing else is needed on the day.</source>
        <translation>请保留此代码：凭此代码，您可以在此处或致电展厅取消预约。当天无需其他任何资料。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>正在查询空闲时间…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展厅</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Cancel the drive with the code %1? Its time is then free for others.</source>
        <translation>取消预约码为 %1 的试驾？该时段将开放给他人。</translation>
    </message>
    <message>
        <source>Yes, cancel my drive</source>
        <translation>是的，取消我的试驾</translation>
    </message>
    <message>
        <source>Keep my drive</source>
        <translation>保留我的试驾</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Your drive is kept here as a request, and the studio confirms the time with you.</source>
        <translation>此屏幕暂时无法连接展厅系统。您的试驾将作为申请保存在这里，展厅会与您确认时间。</translation>
    </message>
    <message>
        <source>Your request is with the studio. They will confirm the time with you shortly.</source>
        <translation>您的申请已交给展厅，展厅将很快与您确认时间。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>TradeInPage</name>
    <message>
        <source>Value my car</source>
        <translation>评估我的车</translation>
    </message>
    <message>
        <source>Tell us about your car and we compare it with similar cars in stock. You do not need to leave any contact details.</source>
        <translation>告诉我们您的车况，我们会将其与库存中的相似车辆进行比较。无需留下任何联系方式。</translation>
    </message>
    <message>
        <source>VIN (optional): fills in the year and the maker</source>
        <translation>车架号（可选）：自动填写年款和厂商</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>车况</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>极佳</translation>
    </message>
    <message>
        <source>Like new: no marks, full service history.</source>
        <translation>如新：无痕迹，保养记录完整。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Normal wear for its age, serviced on time.</source>
        <translation>与车龄相符的正常磨损，按时保养。</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Visible marks or repairs due.</source>
        <translation>有明显痕迹或需要维修。</translation>
    </message>
    <message>
        <source>See what it is worth</source>
        <translation>查看估值</translation>
    </message>
    <message>
        <source>The estimate appears here. It rests on cars like yours in stock in this market, adjusted for year, mileage and condition.</source>
        <translation>估值将显示在这里。它基于本市场库存中与您的车相似的车辆，并按年款、里程和车况调整。</translation>
    </message>
    <message>
        <source>Comparing with the cars in stock…</source>
        <translation>正在与库存车辆比较…</translation>
    </message>
    <message>
        <source>Your car is worth about</source>
        <translation>您的车估值约为</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n cars in stock</source>
        <translation>
            <numerusform>基于库存中的 %n 辆车</numerusform>
        </translation>
    </message>
    <message>
        <source>The closest cars in stock</source>
        <translation>库存中最接近的车辆</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>A product expert confirms the value when they see the car.</source>
        <translation>产品专家看车后确认最终估值。</translation>
    </message>
    <message>
        <source>An expert will value your car</source>
        <translation>专家将为您的车估值</translation>
    </message>
    <message>
        <source>We have too few cars like yours in stock to give a fair figure. A product expert can look at it with you.</source>
        <translation>库存中与您的车相似的车辆太少，无法给出公允的数字。产品专家可以和您一起看车。</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>Mileage (miles)</source>
        <translation>里程（英里）</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Leave it out of my monthly plans</source>
        <translation>不计入我的月供方案</translation>
    </message>
    <message>
        <source>Count it in my monthly plans</source>
        <translation>计入我的月供方案</translation>
    </message>
    <message>
        <source>Every monthly plan now counts your car at the low end of this estimate, as part of the deposit.</source>
        <translation>现在每个月供方案都会按此估价下限将您的车计入首付。</translation>
    </message>
</context>
<context>
    <name>TradeInValuation</name>
    <message>
        <source>This VIN tells us nothing we can use. Please check it, or enter the car below.</source>
        <translation>无法从此车架号读取可用信息。请检查，或在下方填写车辆信息。</translation>
    </message>
    <message>
        <source>Model year %1 from the VIN. The VIN itself is not kept.</source>
        <translation>从车架号读取年款 %1。车架号本身不会保存。</translation>
    </message>
    <message>
        <source>%1, model year %2, from the VIN. The VIN itself is not kept.</source>
        <translation>从车架号读取：%1，年款 %2。车架号本身不会保存。</translation>
    </message>
    <message>
        <source>%1 from the VIN. The VIN itself is not kept.</source>
        <translation>从车架号读取：%1。车架号本身不会保存。</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>极好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>英里</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>Brings a %1 %2, %3, %4 %5, %6</source>
        <translation>带来一辆 %1 %2，%3 年，%4 %5，%6</translation>
    </message>
    <message>
        <source>%1: too few cars like it in stock for an estimate; to be valued</source>
        <translation>%1：库存中同类车辆太少，无法估价；待评估</translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars, counted in the deposit</source>
        <translation>
            <numerusform>%1：基于 %n 辆车估价 %2，已计入首付</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars</source>
        <translation>
            <numerusform>%1：基于 %n 辆车估价 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>New</source>
        <translation>新车</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>官方认证二手车</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>二手车</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
</context>
<context>
    <name>VehicleDetailPage</name>
    <message>
        <source>Total price</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>金融方案</translation>
    </message>
    <message>
        <source>QR code: directions to %1</source>
        <translation>二维码：前往 %1 的路线</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>QR code: this car on your phone</source>
        <translation>二维码：在手机上查看此车</translation>
    </message>
    <message>
        <source>Take this car with you: scan to see it on your phone.</source>
        <translation>带走这辆车：扫码即可在手机上查看。</translation>
    </message>
    <message>
        <source>Hold this car</source>
        <translation>保留此车</translation>
    </message>
    <message>
        <source>An expert will come to you to hold this car.</source>
        <translation>专家会来找您，为您保留这辆车。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>请直接询问我们的任何一位员工——此屏幕未能发送您的请求。</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>咨询专家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>专家马上就来。</translation>
    </message>
    <message>
        <source>In the comparison (%1 of 3)</source>
        <translation>已加入对比（%1/3）</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>加入对比</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>预约试驾</translation>
    </message>
    <message>
        <source>This car is no longer in stock. What you see is how it was listed — an expert can suggest a similar one.</source>
        <translation>这辆车已不在库存中。您看到的是它此前的信息——顾问可以为您推荐类似的车。</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>评估我的车</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>%1 的图片</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
</context>
<context>
    <name>VisitSuggestions</name>
    <message>
        <source>Same model, driven less: %1</source>
        <translation>同款车型，里程更少：%1</translation>
    </message>
    <message>
        <source>Same body, %1 less</source>
        <translation>同款车身，便宜 %1</translation>
    </message>
    <message>
        <source>With your car counted: %1 a month</source>
        <translation>计入您的车后：每月 %1</translation>
    </message>
    <message>
        <source>In the colour you chose</source>
        <translation>您选择的颜色</translation>
    </message>
    <message>
        <source>The body you looked for</source>
        <translation>您查找的车身类型</translation>
    </message>
</context>
</TS>
