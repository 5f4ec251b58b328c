<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccessibilityPage</name>
    <message>
        <source>Accessibility</source>
        <translation>無障礙</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Every text on every page, a third larger.</source>
        <translation>所有頁面的文字放大三分之一。</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比</translation>
    </message>
    <message>
        <source>Stronger colours and clearer edges.</source>
        <translation>更鮮明的色彩與更清晰的邊緣。</translation>
    </message>
    <message>
        <source>Within reach</source>
        <translation>伸手可及</translation>
    </message>
    <message>
        <source>On a tall screen, everything moves into the lower part, within reach from a wheelchair.</source>
        <translation>在直向螢幕上，所有內容移至下半部，坐輪椅也能輕鬆觸及。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關</translation>
    </message>
    <message>
        <source>Speak aloud</source>
        <translation>語音朗讀</translation>
    </message>
    <message>
        <source>The screen says what your finger touches. Swipe right or left to move, double tap to choose. Also: hold two fingers on the screen for two seconds.</source>
        <translation>螢幕會讀出手指觸碰的內容。向右或向左滑動切換，點兩下選擇。也可以兩指在螢幕上按住兩秒。</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>音量 %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小聲一點</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大聲一點</translation>
    </message>
    <message>
        <source>In this studio, only into headphones.</source>
        <translation>在本展間僅透過耳機播放。</translation>
    </message>
    <message>
        <source>Plug headphones into the socket of this screen to hear it. Nothing is said out loud here.</source>
        <translation>請將耳機插入此螢幕的插孔即可收聽。這裡不會外放任何聲音。</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Touch to explore</source>
        <translation>輕觸開始探索</translation>
    </message>
    <message>
        <source>To hear the screen: plug in headphones, then hold two fingers on it for two seconds.</source>
        <translation>想聽螢幕朗讀：插入耳機，然後用兩根手指按住螢幕兩秒。</translation>
    </message>
    <message>
        <source>To hear the screen: hold two fingers on it for two seconds.</source>
        <translation>想聽螢幕朗讀：用兩根手指按住螢幕兩秒。</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>本展間接下來：%1，%2</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>此時段內沒有記錄。</translation>
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
        <translation>總價</translation>
    </message>
    <message>
        <source>QR code: this build on your phone</source>
        <translation>QR 碼：在手機上查看此配置</translation>
    </message>
    <message>
        <source>Your configuration code</source>
        <translation>您的配置代碼</translation>
    </message>
    <message>
        <source>Scan it, or give the code to any of our studios to open this exact car.</source>
        <translation>掃描 QR 碼，或在我們任何一家展廳出示此代碼，即可開啟這輛完全相同的車。</translation>
    </message>
    <message>
        <source>See similar cars in stock</source>
        <translation>查看相似的現車</translation>
    </message>
    <message>
        <source>Change something</source>
        <translation>修改配置</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>專家馬上就來。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>請直接詢問我們的任何一位同仁——此螢幕未能送出您的請求。</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>It also carries your car&apos;s estimate, counted in the deposit.</source>
        <translation>它還包含您愛車的估價，已計入頭期款。</translation>
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
        <translation>%1 千瓦（%2 匹馬力）</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0–100 公里/小時加速</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>極速</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 公里/小時</translation>
    </message>
    <message>
        <source>Range (WLTP)</source>
        <translation>續航里程 (WLTP)</translation>
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
        <translation>座位數</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>後車廂</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 公升</translation>
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
        <translation>駕駛輔助</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>舒適</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>內裝</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Sound and screens</source>
        <translation>音響與螢幕</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充電</translation>
    </message>
    <message>
        <source>Vehicle, before taxes</source>
        <translation>車輛（稅前）</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>kWh/100 km</source>
        <translation>千瓦時/100公里</translation>
    </message>
    <message>
        <source>l/100 km</source>
        <translation>公升/100公里</translation>
    </message>
</context>
<context>
    <name>CarPictures</name>
    <message>
        <source>Photo %1 of %2: %3</source>
        <translation>第 %1 張照片，共 %2 張：%3</translation>
    </message>
    <message>
        <source>Illustration of %1</source>
        <translation>%1 的示意圖</translation>
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
        <translation>比較</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>從比較中移除 %1</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Year, mileage, condition</source>
        <translation>年份、里程、車況</translation>
    </message>
    <message>
        <source>Colour, interior, wheels</source>
        <translation>顏色、內裝、輪圈</translation>
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
        <translation>無變化</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>起價 %1</translation>
    </message>
    <message>
        <source>Not sold in this market</source>
        <translation>本市場暫不銷售</translation>
    </message>
    <message>
        <source>Complete price: taxes and fees included</source>
        <translation>完整價格：已含稅費</translation>
    </message>
    <message>
        <source>Changing to %1 also changes</source>
        <translation>改為「%1」還會改變</translation>
    </message>
    <message>
        <source>Removing %1 also changes</source>
        <translation>移除「%1」還會改變</translation>
    </message>
    <message>
        <source>Adding %1 also changes</source>
        <translation>新增「%1」還會改變</translation>
    </message>
    <message>
        <source>Your complete price: %1 (%2)</source>
        <translation>您的完整價格：%1（%2）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Now included</source>
        <translation>現已包含</translation>
    </message>
    <message>
        <source>Now charged separately</source>
        <translation>現單獨計價</translation>
    </message>
    <message>
        <source>You took it off.</source>
        <translation>您已將其移除。</translation>
    </message>
    <message>
        <source>%1 needs it.</source>
        <translation>「%1」需要它。</translation>
    </message>
    <message>
        <source>It needs %1, which is no longer on the car.</source>
        <translation>它需要「%1」，而該項已不在車上。</translation>
    </message>
    <message>
        <source>It cannot be combined with %1.</source>
        <translation>它不能與「%1」同時選擇。</translation>
    </message>
    <message>
        <source>There is room for one: %1 takes its place.</source>
        <translation>只能選擇一項：「%1」將取而代之。</translation>
    </message>
    <message>
        <source>It comes with %1.</source>
        <translation>它包含在「%1」中。</translation>
    </message>
    <message>
        <source>It came with %1, which is no longer on the car.</source>
        <translation>它原本包含在「%1」中，而該項已不在車上。</translation>
    </message>
    <message>
        <source>The package holds something that cannot be combined with %1.</source>
        <translation>該套件中有一項不能與 %1 同時選擇。</translation>
    </message>
    <message>
        <source>Standard on this version, at no extra cost.</source>
        <translation>此版本標配，無需額外費用。</translation>
    </message>
    <message>
        <source>Standard on the previous version only.</source>
        <translation>僅在之前的版本中為標配。</translation>
    </message>
    <message>
        <source>Not offered on this version.</source>
        <translation>此版本不提供。</translation>
    </message>
    <message>
        <source>Offered with %1.</source>
        <translation>可搭配 %1 選擇。</translation>
    </message>
    <message>
        <source>The version&apos;s standard choice.</source>
        <translation>此版本的標準選擇。</translation>
    </message>
    <message>
        <source>Every car needs one of these.</source>
        <translation>每輛車都需要其中一項。</translation>
    </message>
    <message>
        <source>This choice is not in the catalog.</source>
        <translation>目錄中沒有此選項。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標配</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>已包含</translation>
    </message>
    <message numerus="yes">
        <source>Changes %n other choice(s)</source>
        <translation>
            <numerusform>會改變另外 %n 項選擇</numerusform>
        </translation>
    </message>
    <message>
        <source>Metallic</source>
        <translation>金屬漆</translation>
    </message>
    <message>
        <source>Matte</source>
        <translation>霧面漆</translation>
    </message>
    <message>
        <source>Pearl</source>
        <translation>珍珠漆</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>素色漆</translation>
    </message>
    <message>
        <source>The catalog is not loaded yet.</source>
        <translation>目錄尚未載入。</translation>
    </message>
    <message>
        <source>This code has a typing mistake or is incomplete. Please check each character.</source>
        <translation>此代碼有輸入錯誤或不完整，請逐一核對字元。</translation>
    </message>
    <message>
        <source>A choice</source>
        <translation>某個選項</translation>
    </message>
    <message>
        <source>The model of this code is no longer offered; this is the closest one today.</source>
        <translation>此代碼對應的車型已停售；這是目前最接近的車型。</translation>
    </message>
    <message>
        <source>The version of this code is no longer offered; this is the closest one today.</source>
        <translation>此代碼對應的版本已停售；這是目前最接近的版本。</translation>
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
        <translation>此配置已無法選擇 %1。</translation>
    </message>
    <message>
        <source>Prices or rules have changed since this code was made; everything shown is today&apos;s.</source>
        <translation>自產生此代碼以來，價格或規則已有變化；所示內容均為目前資訊。</translation>
    </message>
    <message>
        <source>Amounts include taxes, as your complete price does.</source>
        <translation>各項金額均含稅，與您的總價一致。</translation>
    </message>
    <message>
        <source>This code counts a car in part-exchange at %1 in the deposit, an estimate a product expert confirms.</source>
        <translation>此代碼將一輛置換車輛按 %1 計入頭期款，該估價由產品專家確認。</translation>
    </message>
</context>
<context>
    <name>ConfiguratorPage</name>
    <message>
        <source>Model</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Wheels</source>
        <translation>輪圈</translation>
    </message>
    <message>
        <source>Interior</source>
        <translation>內裝</translation>
    </message>
    <message>
        <source>Packages and options</source>
        <translation>套件與選配</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>打造您的座駕</translation>
    </message>
    <message>
        <source>Choose a model to begin.</source>
        <translation>請先選擇車型。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>See your car</source>
        <translation>查看您的車</translation>
    </message>
    <message>
        <source>Keep my car as it was</source>
        <translation>保持原樣</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Make these changes</source>
        <translation>確認這些變更</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>月付方案</translation>
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
        <translation>您的姓名含有看不見的字元（例如 Tab 或換行），請重新輸入。</translation>
    </message>
    <message>
        <source>Please enter your name, so that we can greet you.</source>
        <translation>請輸入您的姓名，以便我們稱呼您。</translation>
    </message>
    <message>
        <source>Please shorten your name to at most 100 characters.</source>
        <translation>請將姓名縮短至 100 個字元以內。</translation>
    </message>
    <message>
        <source>A name has no digits. Please enter your name only.</source>
        <translation>姓名中不應包含數字，請只輸入您的姓名。</translation>
    </message>
    <message>
        <source>Please use only letters, spaces, hyphens and apostrophes in your name.</source>
        <translation>姓名中請只使用文字、空格、連字號（-）和撇號（&apos;）。</translation>
    </message>
    <message>
        <source>Please enter your name in letters.</source>
        <translation>請以文字輸入您的姓名。</translation>
    </message>
    <message>
        <source>The phone number contains invisible characters. Please type it again.</source>
        <translation>電話號碼含有看不見的字元，請重新輸入。</translation>
    </message>
    <message>
        <source>Please enter your phone number.</source>
        <translation>請輸入您的電話號碼。</translation>
    </message>
    <message>
        <source>This is too long for a phone number. Please check it.</source>
        <translation>電話號碼過長，請檢查。</translation>
    </message>
    <message>
        <source> For example: %1.</source>
        <translation> 例如：%1。</translation>
    </message>
    <message>
        <source>This does not look like a phone number. Please type the digits of your number.</source>
        <translation>這似乎不是電話號碼，請輸入您號碼中的數字。</translation>
    </message>
    <message>
        <source>No phone number like this exists. Please check the digits after the country code.</source>
        <translation>不存在這樣的電話號碼，請檢查國碼後面的數字。</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. For a number from another country, start with + and its country code.</source>
        <translation>這不是 %1 的有效電話號碼。若為其他國家的號碼，請以 + 和國碼開頭。</translation>
    </message>
    <message>
        <source>We cannot call this kind of number (premium-rate, toll-free, pager). Please give your mobile or home number.</source>
        <translation>我們無法撥打此類號碼（付費加值號碼、免付費電話、呼叫器）。請提供您的手機或住家電話號碼。</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com. Please check yours.</source>
        <translation>電子郵件地址的格式類似 name@example.com，請檢查您的地址。</translation>
    </message>
    <message>
        <source>The e-mail address contains invisible characters. Please type it again.</source>
        <translation>電子郵件地址含有看不見的字元，請重新輸入。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>請輸入您的電子郵件地址。</translation>
    </message>
    <message>
        <source>This is too long for an e-mail address. Please check it.</source>
        <translation>電子郵件地址過長，請檢查。</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces. Please check yours.</source>
        <translation>電子郵件地址中不應包含空格，請檢查您的地址。</translation>
    </message>
    <message>
        <source>The part after @ is not a valid domain (like example.com). Please check it.</source>
        <translation>@ 後面的部分不是有效的網域（例如 example.com），請檢查。</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to book a test drive. Marketing messages are a separate choice.</source>
        <translation>請同意隱私權聲明以預約試駕。是否接收行銷訊息可另行選擇。</translation>
    </message>
    <message>
        <source>Please accept the privacy notice to take your place. Marketing messages are a separate choice.</source>
        <translation>請接受隱私聲明以保留您的名額。行銷訊息是另外的選擇。</translation>
    </message>
</context>
<context>
    <name>DriveAgenda</name>
    <message>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已報到</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到場</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Contact details deleted</source>
        <translation>聯絡資料已刪除</translation>
    </message>
    <message>
        <source> (stock car)</source>
        <translation> (現車)</translation>
    </message>
    <message>
        <source>Not possible at this point of the drive (a no-show is marked once its time has begun).</source>
        <translation>試駕處於目前階段時無法執行此操作（試駕時間開始後才能標記為未到場）。</translation>
    </message>
    <message>
        <source>This could not be saved. Please try again.</source>
        <translation>無法儲存，請再試一次。</translation>
    </message>
    <message>
        <source>That time was just taken. Please choose another.</source>
        <translation>該時段剛剛已被預約，請選擇其他時段。</translation>
    </message>
    <message>
        <source>This drive cannot be moved to that time.</source>
        <translation>此試駕無法改到該時段。</translation>
    </message>
    <message>
        <source>The studio hub did not keep this booking: %1</source>
        <translation>展廳的中心伺服器未保留此預約：%1</translation>
    </message>
    <message>
        <source>Not at the studio hub yet: it goes there as soon as the hub can be reached.</source>
        <translation>尚未送達展廳的中心伺服器：中心伺服器可連線後將立即傳送。</translation>
    </message>
    <message>
        <source>The studio hub gave this time to another booking. Call the visitor and move the drive to one of the nearest free times.</source>
        <translation>展廳的中心伺服器已將此時段分配給另一筆預約。請致電訪客，並將試駕改到最近的空閒時段。</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: the free times cannot be read now.</source>
        <translation>無法連線展廳的中心伺服器：目前無法讀取空閒時段。</translation>
    </message>
    <message>
        <source>The studio hub cannot be reached: please try again in a moment.</source>
        <translation>無法連線展廳的中心伺服器：請稍後再試。</translation>
    </message>
</context>
<context>
    <name>DriveBooking</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>本展間</translation>
    </message>
    <message>
        <source>No times left</source>
        <translation>已無可預約時段</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>公休</translation>
    </message>
    <message>
        <source>Fully booked</source>
        <translation>已額滿</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) free</source>
        <translation>
            <numerusform>%n 個可預約時段</numerusform>
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
        <translation>展間當天公休。</translation>
    </message>
    <message>
        <source>No times are left that day. Please choose another day.</source>
        <translation>當天已無可預約時段，請選擇其他日期。</translation>
    </message>
    <message numerus="yes">
        <source>We use it only to reach you about this drive, and delete it %n day(s) after the drive.</source>
        <translation>
            <numerusform>我們僅將其用於就本次試駕與您聯繫，並會在試駕結束 %n 天後刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a time first.</source>
        <translation>請先選擇時間。</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>請檢查標示的欄位。</translation>
    </message>
    <message>
        <source>Someone has just booked this time. Please choose another one; your details stay filled in.</source>
        <translation>此時段剛剛已被他人預約。請選擇其他時段，您填寫的資料會保留。</translation>
    </message>
    <message>
        <source>Another screen is booking at this moment. Please tap Book again.</source>
        <translation>另一台螢幕正在預約，請再次點選「預約」。</translation>
    </message>
    <message>
        <source>The booking could not be saved on this screen. Please ask any of our team.</source>
        <translation>此螢幕未能儲存預約。請直接詢問我們的任何一位同仁。</translation>
    </message>
    <message>
        <source>There is no drive with this code. Please check each character.</source>
        <translation>沒有與此代碼對應的試駕，請逐一核對字元。</translation>
    </message>
    <message>
        <source>This drive can no longer be cancelled here; please call the studio.</source>
        <translation>此試駕已無法在此取消，請致電展間。</translation>
    </message>
    <message>
        <source>The drive could not be cancelled on this screen. Please ask any of our team.</source>
        <translation>此螢幕未能取消試駕。請直接詢問我們的任何一位同仁。</translation>
    </message>
    <message>
        <source>Your drive on %1 is cancelled.</source>
        <translation>您 %1 的試駕已取消。</translation>
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
        <translation>已滿</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Spoken in %1</source>
        <translation>使用語言：%1</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>此活動已取消。</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>此活動已滿。</translation>
    </message>
    <message>
        <source>No sign-up needed: simply come by.</source>
        <translation>無需報名：直接來即可。</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>加入行事曆</translation>
    </message>
    <message>
        <source>Join: we only need a name and one way to reach you.</source>
        <translation>報名：我們只需要您的姓名和一種聯絡方式。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>您的手機號碼或電子郵件</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this event.</source>
        <translation>我已閱讀隱私聲明，並同意為本次活動保存我的姓名和聯絡方式。</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only for your place at this event. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the event. You can give your place back at any time with your code.</source>
        <translation>
            <numerusform>隱私聲明：您的姓名和聯絡方式僅為您在本次活動的名額保存在本展間的系統中。除非您勾選下方的選項，它們不會向其他訪客展示，也不會用於廣告，並將在活動結束 %n 天後刪除。您可以隨時憑代碼退還名額。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>選填：我希望收到新車款與活動資訊。</translation>
    </message>
    <message>
        <source>Join this event</source>
        <translation>報名參加此活動</translation>
    </message>
    <message>
        <source>You have a place. Your code:</source>
        <translation>您已獲得名額。您的代碼：</translation>
    </message>
    <message>
        <source>Keep the code: with it you can give your place back here or by calling the studio.</source>
        <translation>請保留此代碼：憑它可在此處或致電展間退還名額。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep a place. Our team can sign you up at the desk.</source>
        <translation>此螢幕暫時無法連線展間系統，因此無法為您保留名額。我們的團隊可以在櫃檯為您報名。</translation>
    </message>
    <message>
        <source>Your place on your phone</source>
        <translation>在手機上查看您的名額</translation>
    </message>
    <message>
        <source>Your place on your phone: the details, the calendar, and giving it back.</source>
        <translation>在手機上查看您的名額：詳情、行事曆，以及退還名額。</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>What&apos;s on</source>
        <translation>近期活動</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <source>Spoken in</source>
        <translation>使用語言</translation>
    </message>
    <message>
        <source>Nothing planned this week that fits. Try another week, or all kinds and languages.</source>
        <translation>本週沒有符合條件的活動。請嘗試其他週，或選擇全部類型和語言。</translation>
    </message>
    <message>
        <source>Have a place and cannot come? Give it back with your code</source>
        <translation>已報名但無法前來？憑代碼退還名額</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>退還</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>您的代碼</translation>
    </message>
</context>
<context>
    <name>ExpertPage</name>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>專家馬上就來。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>請直接詢問我們的任何一位同仁——此螢幕未能送出您的請求。</translation>
    </message>
    <message>
        <source>Keep exploring in the meantime. You do not need to leave any contact details.</source>
        <translation>您可以繼續瀏覽，無需留下任何聯絡方式。</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1，%n 輛</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinancePanel</name>
    <message>
        <source>Deposit</source>
        <translation>頭期款</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期數</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Your car in part-exchange</source>
        <translation>您的置換車輛</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>現金頭期款</translation>
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
            <numerusform>每月 %1，共 %n 個月，頭期款 %2，年利率 (APR) %3，融資費用 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, annualised rate %3, total interest and fees %4</source>
        <translation>
            <numerusform>每月 %1，共 %n 期，頭期款 %2，年化利率 %3，利息及費用合計 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 down payment, reducing-balance rate %3 (flat rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>每月 %1，共 %n 個月，頭期款 %2，遞減餘額利率 %3（固定利率 %4），信貸總成本 %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %n months, %2 deposit, APRC %3 (nominal rate %4), total cost of credit %5</source>
        <translation>
            <numerusform>每月 %1，共 %n 個月，頭期款 %2，年度總費用率 %3（名目利率 %4），信貸總成本 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot be offered for this price; choose a smaller deposit or balloon.</source>
        <translation>此價格無法提供該方案，請選擇較低的頭期款或尾款。</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n 個月</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>頭期款</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>頭期款</translation>
    </message>
    <message>
        <source>Amount financed</source>
        <translation>融資金額</translation>
    </message>
    <message>
        <source>Amount of credit</source>
        <translation>貸款金額</translation>
    </message>
    <message numerus="yes">
        <source>%n monthly payments of</source>
        <translation>
            <numerusform>%n 期月付，每期</numerusform>
        </translation>
    </message>
    <message>
        <source>Final monthly payment</source>
        <translation>最後一期月付</translation>
    </message>
    <message>
        <source>Final balloon payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Arrangement fee</source>
        <translation>手續費</translation>
    </message>
    <message>
        <source>Monthly fee, in each payment</source>
        <translation>月費（已含於每期月付）</translation>
    </message>
    <message>
        <source>Annual percentage rate (APR)</source>
        <translation>年利率 (APR)</translation>
    </message>
    <message>
        <source>Note rate</source>
        <translation>合約利率</translation>
    </message>
    <message>
        <source>Annualised rate</source>
        <translation>年化利率</translation>
    </message>
    <message>
        <source>Nominal rate</source>
        <translation>名目利率</translation>
    </message>
    <message>
        <source>Reducing-balance rate</source>
        <translation>遞減餘額利率</translation>
    </message>
    <message>
        <source>Flat rate, for comparison</source>
        <translation>固定利率（僅供比較）</translation>
    </message>
    <message>
        <source>Annual percentage rate of charge (APRC)</source>
        <translation>年度總費用率 (APRC)</translation>
    </message>
    <message>
        <source>Total amount payable</source>
        <translation>應付總額</translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation>融資費用</translation>
    </message>
    <message>
        <source>Total cost of credit</source>
        <translation>貸款總成本</translation>
    </message>
    <message>
        <source>Your car counts for %1 of the deposit: the low end of its estimate, which a product expert confirms.</source>
        <translation>您的車按 %1 計入頭期款：即估價下限，由產品專家確認。</translation>
    </message>
    <message>
        <source>Your car&apos;s estimate covers this price: there is nothing to finance.</source>
        <translation>您愛車的估價已涵蓋此價格：無需貸款。</translation>
    </message>
    <message>
        <source>Down payment in money</source>
        <translation>現金頭期款</translation>
    </message>
    <message>
        <source>Deposit in money</source>
        <translation>現金頭期款</translation>
    </message>
    <message>
        <source>Your car in part-exchange, estimated</source>
        <translation>您的置換車輛（估價）</translation>
    </message>
    <message>
        <source>Deposit in total</source>
        <translation>頭期款合計</translation>
    </message>
    <message>
        <source>Count my car</source>
        <translation>計入我的車</translation>
    </message>
    <message>
        <source>Leave it out</source>
        <translation>不計入</translation>
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
        <translation>價格</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>距離最近</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>年份最新</translation>
    </message>
    <message>
        <source>Lowest mileage</source>
        <translation>里程最低</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新車</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>原廠認證中古車</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>中古車</translation>
    </message>
    <message numerus="yes">
        <source>No car matches all of these. Without %1 there are %n cars.</source>
        <translation>
            <numerusform>沒有車輛同時符合所有條件。去掉%1後有 %n 輛。</numerusform>
        </translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>純電動</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>插電式油電混合</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>油電混合</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>車況</translation>
    </message>
    <message>
        <source>Model line</source>
        <translation>車系</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>車身</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>動力類型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>配備</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>供貨狀態</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>現車</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已預訂</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>運送中</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Prices in %1. While a price range is set, cars priced in another currency are not shown.</source>
        <translation>價格以 %1 計。設定價格範圍時，以其他貨幣標價的車輛不會顯示。</translation>
    </message>
    <message>
        <source>Within %1</source>
        <translation>%1以內</translation>
    </message>
    <message>
        <source>Model year %1–%2</source>
        <translation>車型年份 %1–%2</translation>
    </message>
    <message>
        <source>Price, lowest first</source>
        <translation>價格從低到高</translation>
    </message>
    <message>
        <source>Price, highest first</source>
        <translation>價格從高到低</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有地區</translation>
    </message>
    <message>
        <source>Within %1 of %2</source>
        <translation>距%2 %1以內</translation>
    </message>
    <message>
        <source>Within %1 of here</source>
        <translation>距此處%1以內</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年份</translation>
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
        <translation>查找庫存車輛</translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n 輛車</numerusform>
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
        <translation>沒有符合這些條件的車輛。</translation>
    </message>
    <message>
        <source>Still loading the stock…</source>
        <translation>庫存仍在載入中…</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n cars</source>
        <translation>
            <numerusform>比較 %n 輛車</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>格狀顯示</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>清單顯示</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Type %1</source>
        <translation>輸入 %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Take your time. Explore the cars, build your own, or take one for a drive — at your own pace.</source>
        <translation>慢慢來。瀏覽車款、打造您的專屬座駕，或預約試駕——一切依您的步調。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n cars in stock nearby</source>
        <translation>
            <numerusform>%1 · 附近有 %n 輛現車</numerusform>
        </translation>
    </message>
    <message>
        <source>The flagship of the range</source>
        <translation>旗艦車款</translation>
    </message>
    <message>
        <source>Find a car in stock</source>
        <translation>查找庫存車輛</translation>
    </message>
    <message>
        <source>New and approved pre-owned, near you</source>
        <translation>新車與原廠認證中古車，就在您附近</translation>
    </message>
    <message>
        <source>Configure yours</source>
        <translation>打造您的座駕</translation>
    </message>
    <message>
        <source>Colour, wheels, interior, price</source>
        <translation>顏色、輪圈、內裝、價格</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>Pick a day and a time that suit you</source>
        <translation>選擇適合您的日期與時間</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
    </message>
    <message>
        <source>Someone will come to you</source>
        <translation>我們的專家會來找您</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>無障礙</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>評估我的車</translation>
    </message>
    <message>
        <source>What&apos;s on</source>
        <translation>近期活動</translation>
    </message>
    <message>
        <source>Next here: %1, %2</source>
        <translation>本展間接下來：%1，%2</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已滿</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>Still exploring?</source>
        <translation>還在瀏覽嗎？</translation>
    </message>
    <message>
        <source>Touch anywhere to continue. Otherwise this screen will soon clear everything you chose, for the next visitor.</source>
        <translation>輕觸任意位置繼續。否則螢幕將很快清除您的所有選擇，留給下一位訪客。</translation>
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
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>造訪</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>時間中位數</translation>
    </message>
    <message>
        <source>Visits in the period before</source>
        <translation>上一時段的造訪</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Look closer</source>
        <translation>詳細查看</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>Looked for</source>
        <translation>查找內容</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Times nothing was found</source>
        <translation>無結果次數</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>螢幕</translation>
    </message>
    <message>
        <source>Viewed a car</source>
        <translation>查看了車輛</translation>
    </message>
    <message>
        <source>Configured a car</source>
        <translation>配置了車輛</translation>
    </message>
    <message>
        <source>Booked a test drive</source>
        <translation>預約了試駕</translation>
    </message>
    <message numerus="yes">
        <source>%n filters for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n 次依 %1 篩選，庫存中沒有找到車輛。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n searches for %1 found no car in stock.</source>
        <translation>
            <numerusform>%n 次搜尋 %1，庫存中沒有找到車輛。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and never booked for a test drive.</source>
        <translation>%1 在 %2 次造訪中被查看，但從未被預約試駕。</translation>
    </message>
    <message numerus="yes">
        <source>Test drives of %1 on %2 were fully booked for %n visits.</source>
        <translation>
            <numerusform>%2 的 %1 試駕在 %n 次造訪中已約滿。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The stock source %1 has failed %n times since %2.</source>
        <translation>
            <numerusform>庫存來源 %1 自 %2 起已失敗 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 test drives were missed (%3).</source>
        <translation>%2 次試駕中有 %1 次未到場（%3）。</translation>
    </message>
    <message>
        <source>Drove</source>
        <translation>已試駕</translation>
    </message>
    <message>
        <source>Hidden: fewer than 5 visits</source>
        <translation>已隱藏：少於 5 次造訪</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Visits to its page</source>
        <translation>頁面造訪次數</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>已報名名額</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展間</translation>
    </message>
    <message>
        <source>%1 was viewed in %2 visits and booked for a test drive once: viewed %3 times as often as it is driven.</source>
        <translation>%1 在 %2 次造訪中被查看，被預約試駕一次：查看次數是試駕的 %3 倍。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was viewed in %2 visits and booked for a test drive %n times: viewed %3 times as often as it is driven.</source>
        <translation>
            <numerusform>%1 在 %2 次造訪中被查看，被預約試駕 %n 次：查看次數是試駕的 %3 倍。</numerusform>
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
        <translation>時段</translation>
    </message>
    <message>
        <source>First day one day earlier</source>
        <translation>開始日期提前一天</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>起價 %1</translation>
    </message>
    <message>
        <source>First day one day later</source>
        <translation>開始日期延後一天</translation>
    </message>
    <message>
        <source>Last day one day earlier</source>
        <translation>結束日期提前一天</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Last day one day later</source>
        <translation>結束日期延後一天</translation>
    </message>
    <message>
        <source>Groups of fewer than 5 visits are hidden.</source>
        <translation>少於 5 次造訪的分組已隱藏。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Nothing stands out in this period.</source>
        <translation>此時段內沒有值得注意的情況。</translation>
    </message>
    <message>
        <source>From visit to drive</source>
        <translation>從造訪到試駕</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>最繁忙時段</translation>
    </message>
    <message>
        <source>Busiest hour: %1, %2 visits</source>
        <translation>最繁忙時段：%1，%2 次造訪</translation>
    </message>
    <message>
        <source>Too few visits to show the hours.</source>
        <translation>造訪太少，無法顯示時段。</translation>
    </message>
    <message>
        <source>Most viewed models</source>
        <translation>查看最多的車型</translation>
    </message>
    <message>
        <source>Looked for, and nothing found</source>
        <translation>查找後無結果</translation>
    </message>
    <message>
        <source>Every search and filter found cars.</source>
        <translation>每次搜尋和篩選都找到了車輛。</translation>
    </message>
    <message>
        <source>Paints chosen</source>
        <translation>選擇的車漆</translation>
    </message>
    <message>
        <source>Wheels chosen</source>
        <translation>選擇的輪圈</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>選擇的選配</translation>
    </message>
    <message>
        <source>Screens side by side</source>
        <translation>各螢幕對比</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Every table of this period as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>此時段的每張表格匯出為 CSV 檔案（UTF-8，適用於任何試算表）。</translation>
    </message>
    <message>
        <source>Insert a USB stick to export the tables.</source>
        <translation>插入 USB 隨身碟以匯出表格。</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>寫入 %1</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>重新尋找 USB 隨身碟</translation>
    </message>
    <message>
        <source>Busiest days</source>
        <translation>最繁忙的日子</translation>
    </message>
    <message>
        <source>Studio events: visits to their pages</source>
        <translation>展間活動：頁面造訪</translation>
    </message>
    <message>
        <source>No event page was opened in this period.</source>
        <translation>此期間沒有開啟過活動頁面。</translation>
    </message>
    <message>
        <source>Studio events by kind</source>
        <translation>依類型的展間活動</translation>
    </message>
    <message>
        <source>Visits day by day</source>
        <translation>每日造訪</translation>
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
        <translation>哪些造訪</translation>
    </message>
    <message>
        <source>Studios side by side</source>
        <translation>各展廳對比</translation>
    </message>
    <message>
        <source>Every table of this period, as the hub counted it, as CSV files (UTF-8, for any spreadsheet).</source>
        <translation>本時段的所有表格（依中心伺服器的統計），匯出為 CSV 檔案（UTF-8，適用於任何試算表）。</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Days with fewer than 5 visits are left out of the line.</source>
        <translation>造訪少於 5 次的日期不計入曲線。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Configure yours</source>
        <translation>打造您的座駕</translation>
    </message>
    <message>
        <source>Start with a model line. Every choice shows its price before you make it.</source>
        <translation>從選擇車系開始。每一項選擇在確認前都會顯示價格。</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>鍵盤</translation>
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
        <translation>就在本展廳</translation>
    </message>
    <message>
        <source>%1 mi away</source>
        <translation>距離 %1 英里</translation>
    </message>
    <message>
        <source>%1 km away</source>
        <translation>距此 %1 公里</translation>
    </message>
    <message>
        <source>Priced in %1 for %2, not converted</source>
        <translation>以%1標價（%2），未換算</translation>
    </message>
    <message>
        <source>Priced in %1, not converted</source>
        <translation>以%1標價，未換算</translation>
    </message>
</context>
<context>
    <name>ModelLinesPage</name>
    <message>
        <source>Have a configuration code?</source>
        <translation>有配置代碼嗎？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進入</translation>
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
        <translation>此螢幕正在短暫休息</translation>
    </message>
    <message>
        <source>A product expert will be glad to show you the cars, take you for a drive or help you with a booking.</source>
        <translation>產品專家很樂意為您介紹車輛、陪您試駕或協助您預約。</translation>
    </message>
    <message>
        <source>For staff: %1 Vitrine tries again every 10 seconds.</source>
        <translation>工作人員須知：%1 Vitrine 每 10 秒重試一次。</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>工作人員請注意：%1</translation>
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
        <translation>預約試駕 %1</translation>
    </message>
    <message>
        <source>Back to your build</source>
        <translation>返回您的配置</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展間</translation>
    </message>
    <message>
        <source>Choose a studio to see its free times.</source>
        <translation>選擇一家展間以查看其空閒時間。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>當天沒有空閒時段。請選擇其他日期。</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>%1 的空閒時段</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>您的手機號碼或電子郵件</translation>
    </message>
    <message>
        <source>Only to confirm this drive and, if it must change, to tell you.</source>
        <translation>僅用於確認本次試駕，以及在需要變更時通知您。</translation>
    </message>
    <message>
        <source>Book the test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>請選擇一個空閒時段。</translation>
    </message>
    <message>
        <source>That time is no longer free: someone has just taken it. Choose another time.</source>
        <translation>該時間已被預約：剛剛有人選了它。請選擇其他時間。</translation>
    </message>
</context>
<context>
    <name>PhoneBuildPage</name>
    <message>
        <source>This build code is not valid</source>
        <translation>此配置代碼無效</translation>
    </message>
    <message>
        <source>It has a typing mistake or is incomplete. Scan the code on the screen again.</source>
        <translation>代碼有輸入錯誤或不完整。請重新掃描螢幕上的 QR 碼。</translation>
    </message>
    <message>
        <source>This build can no longer be shown</source>
        <translation>此配置已無法顯示</translation>
    </message>
    <message>
        <source>The model is no longer offered here. Ask the studio for its successor.</source>
        <translation>該車型在此已停售。請向展間詢問其後續車型。</translation>
    </message>
    <message>
        <source>Your build %1: %2</source>
        <translation>您的配置 %1：%2</translation>
    </message>
    <message>
        <source>Build code %1</source>
        <translation>配置代碼 %1</translation>
    </message>
    <message>
        <source>Drawing of the %1 in %2 with %3 wheels</source>
        <translation>%1 的示意圖：%2 車漆，%3 輪圈</translation>
    </message>
    <message>
        <source>What has changed since</source>
        <translation>此後的變化</translation>
    </message>
    <message>
        <source>An option</source>
        <translation>某個選配</translation>
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
        <translation>此配置已無法選擇 %1。</translation>
    </message>
    <message>
        <source>Prices or rules of this build have changed; the figures below are today&apos;s.</source>
        <translation>此配置的價格或規則已有變化；以下為今日數據。</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>總價</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月付</translation>
    </message>
    <message>
        <source>An example; the studio gives you the binding offer.</source>
        <translation>此為範例；正式報價請以展間為準。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要規格</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>您的選擇</translation>
    </message>
    <message>
        <source>Similar cars in stock</source>
        <translation>相似的現車</translation>
    </message>
    <message>
        <source>None in stock just now; the studio can order this build.</source>
        <translation>目前無庫存；展間可為您訂購此配置。</translation>
    </message>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>符合您 %2 項選擇中的 %1 項</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>致電 %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地圖</translation>
    </message>
    <message>
        <source>Choose a time here, or visit or call a studio and give your build code %1.</source>
        <translation>在此選擇時間，或到訪或致電展間並提供您的配置代碼 %1。</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>請選擇時間</translation>
    </message>
</context>
<context>
    <name>PhoneCarPage</name>
    <message>
        <source>This car has been sold</source>
        <translation>此車已售出</translation>
    </message>
    <message>
        <source>It is no longer in stock. The studio can show you similar cars or order one.</source>
        <translation>此車已無庫存。展間可為您展示相似車輛或為您訂購。</translation>
    </message>
    <message>
        <source>No car with this number</source>
        <translation>沒有此編號的車輛</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>請重新掃描螢幕上的 QR 碼。</translation>
    </message>
    <message>
        <source>Drawing of the %1, %2</source>
        <translation>%1 的示意圖，%2</translation>
    </message>
    <message>
        <source>Vehicle identification number %1</source>
        <translation>車身號碼 %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>總價</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月付</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要規格</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>車輛所在地</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>營業時間</translation>
    </message>
    <message>
        <source>Open the map</source>
        <translation>開啟地圖</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>致電 %1</translation>
    </message>
</context>
<context>
    <name>PhoneDrivePages</name>
    <message>
        <source>Requested: the studio will confirm it.</source>
        <translation>已申請：展間將予以確認。</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>已確認。</translation>
    </message>
    <message>
        <source>Driven. Thank you for coming.</source>
        <translation>已試駕。感謝您的光臨。</translation>
    </message>
    <message>
        <source>Missed.</source>
        <translation>已錯過。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No test drive with this code</source>
        <translation>沒有此代碼的試駕</translation>
    </message>
    <message>
        <source>Check the code on your confirmation, or scan it again.</source>
        <translation>請核對確認資訊上的代碼，或重新掃描。</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4 time)</source>
        <translation>%1，%2 至 %3（%4 時間）</translation>
    </message>
    <message>
        <source>Your phone number or e-mail address</source>
        <translation>您的手機號碼或電子郵件</translation>
    </message>
    <message>
        <source>The one you gave when booking.</source>
        <translation>即預約時填寫的那一個。</translation>
    </message>
    <message>
        <source>Your test drive</source>
        <translation>您的試駕</translation>
    </message>
    <message>
        <source>Booking code %1</source>
        <translation>預約代碼 %1</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>加入我的行事曆</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>選擇其他時間</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the test drive</source>
        <translation>取消試駕</translation>
    </message>
    <message>
        <source>Erase my data</source>
        <translation>刪除我的資料</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a drive still to come is cancelled.</source>
        <translation>您的姓名和聯絡方式將立即刪除；尚未進行的試駕將被取消。</translation>
    </message>
    <message>
        <source>This drive cannot be moved</source>
        <translation>此試駕無法改期</translation>
    </message>
    <message>
        <source>Move your test drive</source>
        <translation>試駕改期</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No free time on this day. Choose another day.</source>
        <translation>當天沒有空閒時段。請選擇其他日期。</translation>
    </message>
    <message>
        <source>Free times on %1</source>
        <translation>%1 的空閒時段</translation>
    </message>
    <message>
        <source>Move the test drive</source>
        <translation>確認改期</translation>
    </message>
    <message>
        <source>We could not change this booking</source>
        <translation>無法更改此預約</translation>
    </message>
    <message>
        <source>Check the booking code and the phone number or e-mail address you gave when booking.</source>
        <translation>請核對預約代碼以及預約時填寫的手機號碼或電子郵件。</translation>
    </message>
    <message>
        <source>Back to your test drive</source>
        <translation>返回您的試駕</translation>
    </message>
    <message>
        <source>Your data is erased</source>
        <translation>您的資料已刪除</translation>
    </message>
    <message>
        <source>Your name and contact are deleted; a drive still to come is cancelled.</source>
        <translation>您的姓名和聯絡方式已刪除；尚未進行的試駕已取消。</translation>
    </message>
    <message>
        <source>Your test drive is cancelled</source>
        <translation>您的試駕已取消</translation>
    </message>
    <message>
        <source>Nothing else is needed. You are welcome any time.</source>
        <translation>無需其他操作。歡迎隨時光臨。</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>請選擇時間</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>請選擇一個空閒時段。</translation>
    </message>
    <message>
        <source>That time is no longer free</source>
        <translation>該時段已被預約</translation>
    </message>
    <message>
        <source>Someone has just taken it. Choose another time.</source>
        <translation>剛剛已有人預約。請選擇其他時間。</translation>
    </message>
    <message>
        <source>Your test drive is moved</source>
        <translation>您的試駕已改期</translation>
    </message>
</context>
<context>
    <name>PhoneHtml</name>
    <message>
        <source>Please try again shortly</source>
        <translation>請稍後再試</translation>
    </message>
    <message>
        <source>The studio&apos;s data cannot be read just now.</source>
        <translation>暫時無法讀取展間資料。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>No account, no cookies, no tracking.</source>
        <translation>無需帳戶，無 Cookie，無追蹤。</translation>
    </message>
    <message>
        <source>Please wait a moment</source>
        <translation>請稍候</translation>
    </message>
    <message>
        <source>There were many requests from your network. Try again in a minute.</source>
        <translation>您的網路發出的請求過多。請一分鐘後再試。</translation>
    </message>
    <message>
        <source>This link is too long</source>
        <translation>此連結過長</translation>
    </message>
    <message>
        <source>Scan the code on the screen again.</source>
        <translation>請重新掃描螢幕上的 QR 碼。</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>無法使用</translation>
    </message>
    <message>
        <source>This page cannot do that.</source>
        <translation>此頁面不支援該操作。</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>找不到頁面</translation>
    </message>
    <message>
        <source>Too much to read</source>
        <translation>內容過多</translation>
    </message>
    <message>
        <source>Send the form again.</source>
        <translation>請重新送出表單。</translation>
    </message>
    <message>
        <source>Too many attempts to change a booking. Try again in a few minutes.</source>
        <translation>更改預約的嘗試次數過多。請幾分鐘後再試。</translation>
    </message>
</context>
<context>
    <name>PhonePlacePages</name>
    <message>
        <source>No place with this code</source>
        <translation>沒有使用此代碼的名額</translation>
    </message>
    <message>
        <source>Check the code the screen gave you, or scan it again.</source>
        <translation>請核對螢幕給您的代碼，或再掃描一次。</translation>
    </message>
    <message>
        <source>This event is cancelled. We are sorry.</source>
        <translation>此活動已取消。非常抱歉。</translation>
    </message>
    <message>
        <source>You gave this place back.</source>
        <translation>您已退還此名額。</translation>
    </message>
    <message>
        <source>Checked in. Enjoy the event.</source>
        <translation>已報到。祝您活動愉快。</translation>
    </message>
    <message>
        <source>This event has ended. Thank you for coming.</source>
        <translation>此活動已結束。感謝您的蒞臨。</translation>
    </message>
    <message>
        <source>Your place is kept. See you there.</source>
        <translation>您的名額已保留。到時見。</translation>
    </message>
    <message>
        <source>Your place</source>
        <translation>您的名額</translation>
    </message>
    <message>
        <source>Place code %1</source>
        <translation>名額代碼 %1</translation>
    </message>
    <message>
        <source>The one you gave when you joined.</source>
        <translation>即您報名時填寫的那一個。</translation>
    </message>
    <message>
        <source>Give your place back</source>
        <translation>退還您的名額</translation>
    </message>
    <message>
        <source>Someone else can then take it.</source>
        <translation>這樣其他人就可以使用它。</translation>
    </message>
    <message>
        <source>Give back my place</source>
        <translation>退還我的名額</translation>
    </message>
    <message>
        <source>Your name and contact are deleted at once; a place still to come is given back.</source>
        <translation>您的姓名和聯絡方式會立即刪除；尚未開始的活動名額將被退還。</translation>
    </message>
    <message>
        <source>We could not change this place</source>
        <translation>我們無法變更此名額</translation>
    </message>
    <message>
        <source>Check the place code and the phone number or e-mail address you gave when you joined.</source>
        <translation>請核對名額代碼以及您報名時填寫的電話號碼或電子郵件地址。</translation>
    </message>
    <message>
        <source>Back to your place</source>
        <translation>返回您的名額</translation>
    </message>
    <message>
        <source>Your place is given back</source>
        <translation>您的名額已退還</translation>
    </message>
    <message>
        <source>Thank you for letting us know. You are welcome any time.</source>
        <translation>感謝您告知我們。歡迎您隨時光臨。</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Staff mode</source>
        <translation>員工模式</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>請輸入員工 PIN 碼</translation>
    </message>
    <message numerus="yes">
        <source>%n digits entered</source>
        <translation>
            <numerusform>已輸入 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進入</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Your name and contact are deleted; a place still to come is given back.</source>
        <translation>您的姓名和聯絡方式已刪除；尚未開始的活動名額已退還。</translation>
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
        <translation>搜尋：車型、顏色、配備</translation>
    </message>
    <message>
        <source>Search the stock</source>
        <translation>搜尋庫存</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cars</source>
        <translation>
            <numerusform>%1，%n 輛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cars</source>
        <translation>
            <numerusform>%n 輛車</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarStock</name>
    <message>
        <source>%1 of your %2 choices</source>
        <translation>符合您 %2 項選擇中的 %1 項</translation>
    </message>
    <message>
        <source>same version</source>
        <translation>相同版本</translation>
    </message>
    <message>
        <source>same colour</source>
        <translation>相同顏色</translation>
    </message>
</context>
<context>
    <name>SimilarStockPage</name>
    <message>
        <source>Similar cars in stock</source>
        <translation>相似的現車</translation>
    </message>
    <message>
        <source>Closest to %1 first. These cars are here or at a partner nearby, ready sooner than a new build.</source>
        <translation>最接近 %1 的排在前面。這些車就在本店或附近的合作夥伴處，比新訂車更快交車。</translation>
    </message>
    <message>
        <source>No car in stock is close to this build right now. An expert can tell you when one arrives.</source>
        <translation>目前沒有與此配置相近的現車。顧問可以告訴您何時到貨。</translation>
    </message>
    <message>
        <source>Looking for cars close to your build…</source>
        <translation>正在尋找與您的配置相近的車輛…</translation>
    </message>
</context>
<context>
    <name>SleepLayer</name>
    <message>
        <source>The screen is asleep outside opening hours</source>
        <translation>非營業時間，螢幕已休眠</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Stock sources</source>
        <translation>庫存來源</translation>
    </message>
    <message>
        <source>Fetch all now</source>
        <translation>立即全部取得</translation>
    </message>
    <message>
        <source>Needs attention: failing for longer than the set time</source>
        <translation>需要處理：失敗時間已超過設定時長</translation>
    </message>
    <message>
        <source>Last success %1 · last attempt %2 · next %3</source>
        <translation>上次成功 %1 · 上次嘗試 %2 · 下次 %3</translation>
    </message>
    <message>
        <source>%1 records applied · %2 left out</source>
        <translation>已套用 %1 筆記錄 · 略過 %2 筆</translation>
    </message>
    <message>
        <source>Choose a source to see what its last feed left out.</source>
        <translation>選擇一個來源，查看其上次資料中略過的內容。</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation>立即取得</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>移除此來源</translation>
    </message>
    <message>
        <source>Undo this screen&apos;s change</source>
        <translation>撤銷此螢幕上的變更</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>取得間隔</translation>
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
        <translation>來自隨身碟或資料夾</translation>
    </message>
    <message>
        <source>Look for files</source>
        <translation>尋找檔案</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>新增來源</translation>
    </message>
    <message>
        <source>Address (https://…, or a file path)</source>
        <translation>位址（https://… 或檔案路徑）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Add and fetch</source>
        <translation>新增並取得</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech on. Swipe right or left to move, double tap to choose. Hold two fingers for two seconds to turn speech off.</source>
        <translation>語音已開啟。向右或向左滑動切換，點兩下選擇。兩指按住兩秒可關閉語音。</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>語音已關閉。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>開</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已選</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未選</translation>
    </message>
    <message>
        <source>slider at %1</source>
        <translation>滑桿位於 %1</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>文字欄位</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按鈕</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>無法使用</translation>
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
        <translation>自選日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The insights could not be read: %1</source>
        <translation>無法讀取洞察：%1</translation>
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
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1 (median)</source>
        <translation>用時 %1（中位數）</translation>
    </message>
    <message>
        <source>%1, after %2 (median)</source>
        <translation>%1，用時 %2（中位數）</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>少於 5</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>%1 viewed a car, %2 configured, %3 booked a drive</source>
        <translation>%1 查看車輛，%2 配置，%3 預約試駕</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>正在寫入表格…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 張表格寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables could not be written to %1: %2</source>
        <translation>無法將表格寫入 %1：%2</translation>
    </message>
    <message>
        <source>Places taken: %1</source>
        <translation>已報名名額：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n places taken</source>
        <translation>
            <numerusform>已報名 %n 個名額</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Visits per day: %1. The period before, day by day: %2.</source>
        <translation>每日造訪：%1。上一期逐日：%2。</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>此螢幕</translation>
    </message>
    <message>
        <source>This studio</source>
        <translation>本展間</translation>
    </message>
    <message>
        <source>All studios</source>
        <translation>所有展廳</translation>
    </message>
    <message>
        <source>The hub&apos;s figures could not be read just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>暫時無法讀取中心伺服器的數據。請稍後再試；本螢幕自己的數據在「此螢幕」下。</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s figures cannot be shown. They come back when it answers; this screen&apos;s own figures are under “This screen”.</source>
        <translation>暫時無法連線中心伺服器，因此無法顯示展廳的數據。伺服器恢復回應後數據會重新顯示；本螢幕自己的數據在「此螢幕」下。</translation>
    </message>
    <message>
        <source>The hub is out of reach just now, so the studio&apos;s tables were not written. Try again when it answers.</source>
        <translation>暫時無法連線中心伺服器，因此未寫入展廳的表格。請在伺服器恢復回應後再試。</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now. Try again in a moment; this screen&apos;s own figures are under “This screen”.</source>
        <translation>中心伺服器正在讀取其他數據。請稍後再試；本螢幕自己的數據在「此螢幕」下。</translation>
    </message>
    <message>
        <source>The hub is busy reading other figures just now, so the studio&apos;s tables were not written. Try again in a moment.</source>
        <translation>中心伺服器正在讀取其他數據，因此未寫入展廳的表格。請稍後再試。</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>對比 %1</translation>
    </message>
    <message>
        <source>Compared with %1 to %2</source>
        <translation>對比 %1 至 %2</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>No staff PIN is set on this screen yet. Set one with “vitrinectl set-pin”.</source>
        <translation>此螢幕尚未設定員工 PIN 碼。請使用「vitrinectl set-pin」設定。</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Staff mode opens again at %1.</source>
        <translation>錯誤次數過多。員工模式將於 %1 重新開放。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please wait a moment before trying again.</source>
        <translation>PIN 碼不正確。請稍候再試。</translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 碼不正確。請再試一次。</translation>
    </message>
    <message>
        <source>Staff mode is locked.</source>
        <translation>員工模式已鎖定。</translation>
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
        <translation>自動</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
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
            <numerusform>%n 小時</numerusform>
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
        <translation>車身號碼 …%1</translation>
    </message>
    <message>
        <source>%1, reserved</source>
        <translation>%1，已預留</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>正在運往 %1</translation>
    </message>
    <message>
        <source>a car that has left the stock</source>
        <translation>一輛已不在庫存中的車</translation>
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
        <translation>僅透過耳機</translation>
    </message>
    <message>
        <source>A colleague has already taken this request.</source>
        <translation>已有同事接手這個請求。</translation>
    </message>
    <message>
        <source>The studio&apos;s system did not take this. Please try again.</source>
        <translation>展間系統未能接收此操作。請再試一次。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff mode</source>
        <translation>員工模式</translation>
    </message>
    <message>
        <source>Visitors waiting</source>
        <translation>等候中的訪客</translation>
    </message>
    <message>
        <source>Nobody is waiting right now.</source>
        <translation>目前沒有人在等候。</translation>
    </message>
    <message>
        <source>Hold request</source>
        <translation>保留車輛請求</translation>
    </message>
    <message>
        <source>Would like to talk to an expert</source>
        <translation>希望與專家交談</translation>
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
        <translation>已處理</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>此螢幕</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展間</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>預設語言</translation>
    </message>
    <message>
        <source>Clear the screen after</source>
        <translation>閒置多久後清除螢幕</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>螢幕方向</translation>
    </message>
    <message>
        <source>Keep test-drive contact details after the drive for</source>
        <translation>試駕後聯絡資料保留時間</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>鎖定並離開</translation>
    </message>
    <message>
        <source>Quit Vitrine</source>
        <translation>結束 Vitrine</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>報到</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到場</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>取消試駕</translation>
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
        <translation>試駕</translation>
    </message>
    <message>
        <source>No test drives booked for the next two weeks.</source>
        <translation>未來兩週沒有已預約的試駕。</translation>
    </message>
    <message>
        <source>The finder first shows cars within</source>
        <translation>找車頁面首先顯示以下範圍內的車輛</translation>
    </message>
    <message>
        <source>Stock sources</source>
        <translation>庫存來源</translation>
    </message>
    <message>
        <source>Sources and event files</source>
        <translation>來源與活動檔案</translation>
    </message>
    <message>
        <source>Flag a source to staff when it has failed for</source>
        <translation>來源持續失敗多久後提醒員工</translation>
    </message>
    <message>
        <source>Disk space for the stock&apos;s photos</source>
        <translation>庫存照片佔用的磁碟空間</translation>
    </message>
    <message>
        <source>Since %1 · %2</source>
        <translation>自 %1 起 · %2</translation>
    </message>
    <message>
        <source>Cancel this drive? The time is given free for others to book.</source>
        <translation>取消這次試駕？該時段將重新開放給他人預約。</translation>
    </message>
    <message>
        <source>Yes, cancel the drive</source>
        <translation>是的，取消試駕</translation>
    </message>
    <message>
        <source>Keep the drive</source>
        <translation>保留試駕</translation>
    </message>
    <message>
        <source>Move the drive</source>
        <translation>改期試駕</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>正在查詢空閒時間…</translation>
    </message>
    <message>
        <source>No free time in the next two weeks.</source>
        <translation>未來兩週內沒有空閒時段。</translation>
    </message>
    <message>
        <source>Free times on this day, in the studio&apos;s local time:</source>
        <translation>當天的空閒時段（展廳當地時間）：</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>保留原時間</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>What visitors looked at, configured and booked, and what they did not find. Anonymous.</source>
        <translation>訪客查看、配置和預約了什麼，以及沒有找到什麼。匿名。</translation>
    </message>
    <message>
        <source>Open insights</source>
        <translation>開啟洞察</translation>
    </message>
    <message>
        <source>Visitors&apos; phones open this studio&apos;s pages at %1</source>
        <translation>訪客手機透過 %1 開啟本展間的頁面</translation>
    </message>
    <message>
        <source>Speech mode speaks</source>
        <translation>語音模式的聲音</translation>
    </message>
    <message>
        <source>Address of this studio&apos;s pages for visitors&apos; phones</source>
        <translation>本展間供訪客手機開啟的網頁位址</translation>
    </message>
    <message>
        <source>No address for visitors&apos; phones yet: the QR codes lead nowhere on the web until one is saved.</source>
        <translation>尚未設定訪客手機的網頁位址：儲存位址之前，QR 碼無法開啟任何網頁。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>No events in the coming weeks.</source>
        <translation>未來幾週沒有活動。</translation>
    </message>
    <message>
        <source>Everyone told</source>
        <translation>已全部通知</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>已佔 %1/%2 個名額</translation>
    </message>
    <message>
        <source>no sign-up</source>
        <translation>無需報名</translation>
    </message>
    <message>
        <source>gave the place back</source>
        <translation>已退還名額</translation>
    </message>
    <message>
        <source>here</source>
        <translation>已到場</translation>
    </message>
    <message>
        <source>Studio hub</source>
        <translation>展間中心伺服器</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>中心伺服器位址</translation>
    </message>
    <message>
        <source>The pairing code the hub shows</source>
        <translation>中心伺服器顯示的配對代碼</translation>
    </message>
    <message>
        <source>Pair this screen</source>
        <translation>配對此螢幕</translation>
    </message>
    <message>
        <source>Stop using this hub</source>
        <translation>停止使用此中心伺服器</translation>
    </message>
</context>
<context>
    <name>StockFreshness</name>
    <message>
        <source>Stock updated just now</source>
        <translation>庫存剛剛更新</translation>
    </message>
    <message numerus="yes">
        <source>Stock updated %n minutes ago</source>
        <translation>
            <numerusform>庫存於 %n 分鐘前更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock updated today at %1</source>
        <translation>庫存於今天 %1 更新</translation>
    </message>
    <message>
        <source>Stock updated yesterday at %1</source>
        <translation>庫存於昨天 %1 更新</translation>
    </message>
    <message>
        <source>Stock as of %1</source>
        <translation>庫存截至 %1</translation>
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
        <translation>講座</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Drive day</source>
        <translation>試駕日</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>發表會</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下週</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 這一週</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <source>its time changed</source>
        <translation>時間已變更</translation>
    </message>
    <message>
        <source>it moved to another studio</source>
        <translation>已改到其他展間</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>it takes place after all</source>
        <translation>將如期舉行</translation>
    </message>
    <message>
        <source>it has fewer places than joiners</source>
        <translation>名額少於報名人數</translation>
    </message>
    <message>
        <source>its language changed</source>
        <translation>語言已變更</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2. Tell the %n people who joined.</source>
        <translation>
            <numerusform>%1：%2。請通知已報名的 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact erased</source>
        <translation>聯絡方式已刪除</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>請檢查標示的欄位。</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>此活動已滿。</translation>
    </message>
    <message>
        <source>This event no longer takes sign-ups.</source>
        <translation>此活動已不再接受報名。</translation>
    </message>
    <message>
        <source>Your place could not be saved on this screen. Please ask any of our team.</source>
        <translation>無法在此螢幕保存您的名額。請向我們的工作人員諮詢。</translation>
    </message>
    <message>
        <source>Your place is given back. Thank you for letting us know.</source>
        <translation>您的名額已退還。感謝告知。</translation>
    </message>
    <message>
        <source>No place with this code can be given back here. Please check the code.</source>
        <translation>無法在此憑該代碼退還名額。請檢查代碼。</translation>
    </message>
    <message>
        <source>new in the latest feed</source>
        <translation>最新資料來源中新增</translation>
    </message>
    <message>
        <source>changed by the latest feed</source>
        <translation>已被最新資料來源更改</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now, so it cannot keep your place. Please ask any of our team.</source>
        <translation>此螢幕暫時無法連線展間系統，因此無法為您保留名額。請洽詢我們任何一位工作人員。</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Please ask any of our team.</source>
        <translation>此螢幕暫時無法連線展間系統。請洽詢我們任何一位工作人員。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>書面挪威語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威語</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>新挪威語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麥語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬蘭語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>義大利語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷蘭語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯語</translation>
    </message>
</context>
<context>
    <name>StudioHub</name>
    <message>
        <source>The hub did not accept this code. Show a new one on the hub and type it again.</source>
        <translation>中心伺服器未接受此代碼。請在中心伺服器上產生新代碼後重新輸入。</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate does not match what it says. Check the address.</source>
        <translation>中心伺服器的憑證與其聲明不符。請檢查位址。</translation>
    </message>
    <message>
        <source>The hub cannot be reached at this address.</source>
        <translation>無法透過此位址連線中心伺服器。</translation>
    </message>
    <message>
        <source>Paired. Bookings and places now go through the hub.</source>
        <translation>已配對。預約和名額現在透過中心伺服器處理。</translation>
    </message>
    <message>
        <source>Paired, but this screen could not keep the pairing. Pair it again.</source>
        <translation>已配對，但此螢幕無法儲存配對資訊。請重新配對。</translation>
    </message>
    <message>
        <source>Not paired with a hub: this screen keeps its test drives and event places on its own.</source>
        <translation>未與中心伺服器配對：此螢幕自行保存試駕預約和活動名額。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Paired with the hub at %1. Last contact: %2.</source>
        <translation>已與位於 %1 的中心伺服器配對。最近聯繫：%2。</translation>
    </message>
    <message>
        <source>Paired with the hub at %1, which cannot be reached (last contact: %2). Visitors are told before they sign up.</source>
        <translation>已與位於 %1 的中心伺服器配對，但目前無法連線（最近聯繫：%2）。訪客在報名前會被告知。</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address (such as https://10.0.0.2:8443) and the code it shows.</source>
        <translation>請輸入中心伺服器的位址（例如 https://10.0.0.2:8443）及其顯示的代碼。</translation>
    </message>
    <message>
        <source>This screen no longer uses a hub.</source>
        <translation>此螢幕不再使用中心伺服器。</translation>
    </message>
    <message>
        <source>This screen could not forget the hub. Try again.</source>
        <translation>此螢幕無法取消中心伺服器配對。請重試。</translation>
    </message>
    <message>
        <source>The hub at %1 no longer knows this screen (it was removed there). Show a new code on the hub and pair this screen again; until then, visitors are told before they sign up.</source>
        <translation>位於 %1 的中心伺服器已不再識別此螢幕（已在中心伺服器上移除）。請在中心伺服器上顯示新的配對碼並重新配對此螢幕；在此之前，訪客會在登記前得到提示。</translation>
    </message>
</context>
<context>
    <name>StudiosPage</name>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>Choose the studio where you would like to start. We only ask for what a drive needs.</source>
        <translation>請選擇您希望出發的展間。我們只詢問試駕所需的資訊。</translation>
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
        <translation>您可能也會喜歡</translation>
    </message>
</context>
<context>
    <name>SyncSources</name>
    <message>
        <source>15 min</source>
        <translation>15 分鐘</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 小時</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>Recognise it</source>
        <translation>自動辨識</translation>
    </message>
    <message>
        <source>Meta catalog</source>
        <translation>Meta 目錄</translation>
    </message>
    <message>
        <source>Google listings</source>
        <translation>Google 車源</translation>
    </message>
    <message>
        <source>Vitrine feed</source>
        <translation>Vitrine 資料來源</translation>
    </message>
    <message>
        <source>The sources cannot be read from this screen&apos;s database.</source>
        <translation>無法從此螢幕的資料庫讀取來源。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Fetching now…</source>
        <translation>正在取得…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>尚未取得</translation>
    </message>
    <message>
        <source>Up to date, with records left out</source>
        <translation>已是最新，有記錄被略過</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Up to date (nothing new)</source>
        <translation>已是最新（沒有新內容）</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>無法連線伺服器</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>伺服器未及時回應</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>伺服器憑證不受信任</translation>
    </message>
    <message>
        <source>The server reported an error</source>
        <translation>伺服器回報了錯誤</translation>
    </message>
    <message>
        <source>The feed is larger than this source may bring</source>
        <translation>資料超過了此來源允許的大小</translation>
    </message>
    <message>
        <source>What came is not a feed</source>
        <translation>收到的內容不是資料來源</translation>
    </message>
    <message>
        <source>The download was cut off; it will resume</source>
        <translation>下載中斷，將會續傳</translation>
    </message>
    <message>
        <source>The file is not there (is the USB stick in?)</source>
        <translation>檔案不存在（隨身碟插好了嗎？）</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技術細節：%1</translation>
    </message>
    <message>
        <source>The feed was refused; the stock from before stays</source>
        <translation>資料被拒絕；之前的庫存維持不變</translation>
    </message>
    <message>
        <source>This screen could not store it</source>
        <translation>此螢幕無法儲存</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>No feed is fetched by this screen; its stock comes from imports.</source>
        <translation>此螢幕不取得任何資料來源；庫存來自匯入。</translation>
    </message>
    <message numerus="yes">
        <source>%n sources need attention: failing for more than %1.</source>
        <translation>
            <numerusform>%n 個來源需要處理：失敗已超過 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all working.</source>
        <translation>
            <numerusform>%n 個來源，全部正常。</numerusform>
        </translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed</source>
        <translation>由品牌資料來源列出</translation>
    </message>
    <message>
        <source>added on this screen</source>
        <translation>在此螢幕上新增</translation>
    </message>
    <message>
        <source>listed by the brand&apos;s feed, changed on this screen</source>
        <translation>由品牌資料來源列出，在此螢幕上修改</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Rows without a dealer go to %1</source>
        <translation>未註明經銷商的列歸入 %1</translation>
    </message>
    <message>
        <source>recognised from each file</source>
        <translation>依每個檔案自動辨識</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>尚未取得。</translation>
    </message>
    <message>
        <source>No feed has come in from this source yet.</source>
        <translation>尚未從此來源收到任何資料。</translation>
    </message>
    <message>
        <source>Nothing was left out of the last feed.</source>
        <translation>上次資料沒有略過任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the last feed: %n records</source>
        <translation>
            <numerusform>上次資料略過：%n 筆記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching every source now.</source>
        <translation>正在取得所有來源。</translation>
    </message>
    <message>
        <source>Fetching %1 now.</source>
        <translation>正在取得 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>%1 is fetched again.</source>
        <translation>%1 已恢復取得。</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 已暫停。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>That address cannot be used: %1</source>
        <translation>無法使用該位址：%1</translation>
    </message>
    <message>
        <source>%1 was added and is fetched now.</source>
        <translation>已新增 %1，正在取得。</translation>
    </message>
    <message>
        <source>No feed file found. Put in the USB stick, then look again.</source>
        <translation>未找到資料檔案。請插入隨身碟後再尋找。</translation>
    </message>
    <message>
        <source>%1 is being imported.</source>
        <translation>正在匯入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the sources failed at the last attempt and will be tried again as planned.</source>
        <translation>
            <numerusform>%n 個來源在上次嘗試時失敗，將按計畫重試。</numerusform>
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
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>This very car, from stock</source>
        <translation>就是這輛現車</translation>
    </message>
    <message>
        <source>Which car would you like to drive?</source>
        <translation>您想試駕哪款車？</translation>
    </message>
    <message>
        <source>Booked already? Cancel with your booking code</source>
        <translation>已預約？使用預約代碼取消</translation>
    </message>
    <message>
        <source>Cancel drive</source>
        <translation>取消試駕</translation>
    </message>
    <message>
        <source>Where would you like to start?</source>
        <translation>您想從哪裡出發？</translation>
    </message>
    <message>
        <source>Choose a day to see its free times.</source>
        <translation>選擇日期以查看可預約時段。</translation>
    </message>
    <message>
        <source>Times are in the studio&apos;s local time. A drive takes about an hour with an expert.</source>
        <translation>所有時間均為展間當地時間。試駕約需一小時，全程由顧問陪同。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>已被預約</translation>
    </message>
    <message>
        <source>Who is coming? We only need a name and one way to reach you.</source>
        <translation>誰來試駕？我們只需要姓名和一種聯絡方式。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>How should we reach you?</source>
        <translation>我們該如何聯絡您？</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>I have read the privacy notice and agree that my name and contact are kept for this drive.</source>
        <translation>我已閱讀隱私權聲明，並同意為本次試駕保存我的姓名與聯絡資料。</translation>
    </message>
    <message numerus="yes">
        <source>Privacy notice: your name and contact are stored on this studio&apos;s system only to arrange this drive. They are never shown to other visitors or used for advertising unless you tick the box below, and they are deleted %n day(s) after the drive. You can cancel at any time with your booking code.</source>
        <translation>
            <numerusform>隱私權聲明：您的姓名與聯絡資料儲存在本展間的系統中，僅用於安排本次試駕。這些資料絕不會向其他訪客顯示；除非您勾選下方的方框，否則也不會用於廣告行銷。資料將在試駕結束 %n 天後刪除。您可隨時憑預約代碼取消預約。</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: I would like to hear about new models and events.</source>
        <translation>選填：我希望收到新車款與活動資訊。</translation>
    </message>
    <message>
        <source>Book this drive</source>
        <translation>預約本次試駕</translation>
    </message>
    <message>
        <source>Your drive is booked. We look forward to seeing you.</source>
        <translation>您的試駕已預約成功。我們期待您的蒞臨。</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>您的預約代碼</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation>加入行事曆</translation>
    </message>
    <message>
        <source>Your booking on your phone</source>
        <translation>在手機上查看您的預約</translation>
    </message>
    <message>
        <source>Keep the code: with it you can cancel here or by calling the studio. Nothing else is needed on the day.</source>
        <translation>請保留此代碼：憑此代碼，您可以在此處或致電展間取消預約。當天無需其他任何資料。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Looking up the free times…</source>
        <translation>正在查詢空閒時間…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>展間</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Cancel the drive with the code %1? Its time is then free for others.</source>
        <translation>取消預約碼為 %1 的試駕？該時段將開放給他人。</translation>
    </message>
    <message>
        <source>Yes, cancel my drive</source>
        <translation>是的，取消我的試駕</translation>
    </message>
    <message>
        <source>Keep my drive</source>
        <translation>保留我的試駕</translation>
    </message>
    <message>
        <source>This screen cannot reach the studio&apos;s system just now. Your drive is kept here as a request, and the studio confirms the time with you.</source>
        <translation>此螢幕暫時無法連線展間系統。您的試駕會以申請保存在這裡，展間將與您確認時間。</translation>
    </message>
    <message>
        <source>Your request is with the studio. They will confirm the time with you shortly.</source>
        <translation>您的申請已交給展間，展間將很快與您確認時間。</translation>
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
        <translation>評估我的車</translation>
    </message>
    <message>
        <source>Tell us about your car and we compare it with similar cars in stock. You do not need to leave any contact details.</source>
        <translation>告訴我們您的車況，我們會將其與庫存中的相似車輛進行比較。無需留下任何聯絡方式。</translation>
    </message>
    <message>
        <source>VIN (optional): fills in the year and the maker</source>
        <translation>車身號碼（選填）：自動填寫年款和廠商</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>讀取</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>車況</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>極佳</translation>
    </message>
    <message>
        <source>Like new: no marks, full service history.</source>
        <translation>如新：無痕跡，保養紀錄完整。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Normal wear for its age, serviced on time.</source>
        <translation>與車齡相符的正常磨損，按時保養。</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Visible marks or repairs due.</source>
        <translation>有明顯痕跡或需要維修。</translation>
    </message>
    <message>
        <source>See what it is worth</source>
        <translation>查看估值</translation>
    </message>
    <message>
        <source>The estimate appears here. It rests on cars like yours in stock in this market, adjusted for year, mileage and condition.</source>
        <translation>估值將顯示在這裡。它基於本市場庫存中與您的車相似的車輛，並按年款、里程和車況調整。</translation>
    </message>
    <message>
        <source>Comparing with the cars in stock…</source>
        <translation>正在與庫存車輛比較…</translation>
    </message>
    <message>
        <source>Your car is worth about</source>
        <translation>您的車估值約為</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n cars in stock</source>
        <translation>
            <numerusform>基於庫存中的 %n 輛車</numerusform>
        </translation>
    </message>
    <message>
        <source>The closest cars in stock</source>
        <translation>庫存中最接近的車輛</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>A product expert confirms the value when they see the car.</source>
        <translation>產品專家看車後確認最終估值。</translation>
    </message>
    <message>
        <source>An expert will value your car</source>
        <translation>專家將為您的車估值</translation>
    </message>
    <message>
        <source>We have too few cars like yours in stock to give a fair figure. A product expert can look at it with you.</source>
        <translation>庫存中與您的車相似的車輛太少，無法給出公允的數字。產品專家可以和您一起看車。</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
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
        <translation>不計入我的月付方案</translation>
    </message>
    <message>
        <source>Count it in my monthly plans</source>
        <translation>計入我的月付方案</translation>
    </message>
    <message>
        <source>Every monthly plan now counts your car at the low end of this estimate, as part of the deposit.</source>
        <translation>現在每個月付方案都會按此估價下限將您的車計入頭期款。</translation>
    </message>
</context>
<context>
    <name>TradeInValuation</name>
    <message>
        <source>This VIN tells us nothing we can use. Please check it, or enter the car below.</source>
        <translation>無法從此車身號碼讀取可用資訊。請檢查，或在下方填寫車輛資訊。</translation>
    </message>
    <message>
        <source>Model year %1 from the VIN. The VIN itself is not kept.</source>
        <translation>從車身號碼讀取年款 %1。車身號碼本身不會保存。</translation>
    </message>
    <message>
        <source>%1, model year %2, from the VIN. The VIN itself is not kept.</source>
        <translation>從車身號碼讀取：%1，年款 %2。車身號碼本身不會保存。</translation>
    </message>
    <message>
        <source>%1 from the VIN. The VIN itself is not kept.</source>
        <translation>從車身號碼讀取：%1。車身號碼本身不會保存。</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>極佳</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>普通</translation>
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
        <translation>帶來一輛 %1 %2，%3 年，%4 %5，%6</translation>
    </message>
    <message>
        <source>%1: too few cars like it in stock for an estimate; to be valued</source>
        <translation>%1：庫存中同類車輛太少，無法估價；待評估</translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars, counted in the deposit</source>
        <translation>
            <numerusform>%1：根據 %n 輛車估價 %2，已計入頭期款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: estimated %2 on %n cars</source>
        <translation>
            <numerusform>%1：根據 %n 輛車估價 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>New</source>
        <translation>新車</translation>
    </message>
    <message>
        <source>Approved pre-owned</source>
        <translation>原廠認證中古車</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>中古車</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>公休</translation>
    </message>
</context>
<context>
    <name>VehicleDetailPage</name>
    <message>
        <source>Total price</source>
        <translation>總價</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>融資方案</translation>
    </message>
    <message>
        <source>QR code: directions to %1</source>
        <translation>QR 碼：前往 %1 的路線</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>路線</translation>
    </message>
    <message>
        <source>QR code: this car on your phone</source>
        <translation>QR 碼：在手機上查看此車</translation>
    </message>
    <message>
        <source>Take this car with you: scan to see it on your phone.</source>
        <translation>帶走這輛車：掃碼即可在手機上查看。</translation>
    </message>
    <message>
        <source>Hold this car</source>
        <translation>保留此車</translation>
    </message>
    <message>
        <source>An expert will come to you to hold this car.</source>
        <translation>專家會來找您，為您保留這輛車。</translation>
    </message>
    <message>
        <source>Please ask any of our team — we could not send your request from this screen.</source>
        <translation>請直接詢問我們的任何一位同仁——此螢幕未能送出您的請求。</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>諮詢專家</translation>
    </message>
    <message>
        <source>An expert will be with you shortly.</source>
        <translation>專家馬上就來。</translation>
    </message>
    <message>
        <source>In the comparison (%1 of 3)</source>
        <translation>已加入比較（%1/3）</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>加入比較</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Book a test drive</source>
        <translation>預約試駕</translation>
    </message>
    <message>
        <source>This car is no longer in stock. What you see is how it was listed — an expert can suggest a similar one.</source>
        <translation>這輛車已不在庫存中。您看到的是它先前的資訊——顧問可以為您推薦類似的車。</translation>
    </message>
    <message>
        <source>Value my car</source>
        <translation>評估我的車</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>%1 的圖片</translation>
    </message>
    <message>
        <source>Picture %1 of %2</source>
        <translation>第 %1 張，共 %2 張</translation>
    </message>
</context>
<context>
    <name>VisitSuggestions</name>
    <message>
        <source>Same model, driven less: %1</source>
        <translation>同款車型，里程更少：%1</translation>
    </message>
    <message>
        <source>Same body, %1 less</source>
        <translation>同款車身，便宜 %1</translation>
    </message>
    <message>
        <source>With your car counted: %1 a month</source>
        <translation>計入您的車後：每月 %1</translation>
    </message>
    <message>
        <source>In the colour you chose</source>
        <translation>您選擇的顏色</translation>
    </message>
    <message>
        <source>The body you looked for</source>
        <translation>您查找的車身類型</translation>
    </message>
</context>
</TS>
