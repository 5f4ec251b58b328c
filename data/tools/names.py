# SPDX-License-Identifier: GPL-3.0-or-later
# Translated names for the demo catalog: en, de, fr, zh-Hans, zh-Hant, ar.
# One row per entry; make_demo_feed.py turns each into a localised text.

LANGS = ["en", "de", "fr", "zh-Hans", "zh-Hant", "ar"]

BODIES = {
    "suv": ["SUV", "SUV", "SUV", "SUV", "SUV", "سيارة رياضية متعددة الاستخدامات"],
    "saloon": ["Saloon", "Limousine", "Berline", "轿车", "轎車", "سيدان"],
    "estate": ["Estate", "Kombi", "Break", "旅行车", "旅行車", "ستيشن واغن"],
    "coupe": ["Coupé", "Coupé", "Coupé", "轿跑车", "轎跑車", "كوبيه"],
    "crossover": ["Crossover", "Crossover", "Crossover", "跨界车", "跨界車", "كروس أوفر"],
    "convertible": ["Convertible", "Cabriolet", "Cabriolet", "敞篷车", "敞篷車", "مكشوفة"],
}

LINES = {
    "aster": (["Aster", "Aster", "Aster", "Aster", "Aster", "أستر"],
              ["Electric space for everything you carry", "Elektrischer Raum für alles, was Sie mitnehmen",
               "L’espace électrique pour tout ce que vous emportez", "纯电空间，容纳您的一切", "純電空間，容納您的一切",
               "مساحة كهربائية لكل ما تحمله"]),
    "vega": (["Vega", "Vega", "Vega", "Vega", "Vega", "فيغا"],
             ["The long way, made effortless", "Lange Strecken, mühelos", "Les longs trajets, sans effort",
              "长途，从此轻松", "長途，從此輕鬆", "الطريق الطويل بلا عناء"]),
    "rune": (["Rune", "Rune", "Rune", "Rune", "Rune", "رون"],
             ["Built for the road that bends", "Gebaut für die kurvige Straße", "Conçue pour les routes qui tournent",
              "为弯道而生", "為彎道而生", "صُنعت للطرق المتعرّجة"]),
    "nord": (["Nord", "Nord", "Nord", "Nord", "Nord", "نورد"],
             ["Compact, calm, and made for the city", "Kompakt, gelassen und für die Stadt gemacht",
              "Compacte, sereine et faite pour la ville", "紧凑从容，为城市而生", "緊湊從容，為城市而生",
              "مدمجة وهادئة ومصمّمة للمدينة"]),
}

PAINTS = {
    "glacier-white": ["Glacier White", "Gletscherweiß", "Blanc Glacier", "冰川白", "冰川白", "أبيض جليدي"],
    "basalt-grey": ["Basalt Grey", "Basaltgrau", "Gris Basalte", "玄武岩灰", "玄武岩灰", "رمادي بازلتي"],
    "obsidian-black": ["Obsidian Black", "Obsidianschwarz", "Noir Obsidienne", "黑曜石黑", "黑曜石黑", "أسود سبجي"],
    "fjord-blue": ["Fjord Blue", "Fjordblau", "Bleu Fjord", "峡湾蓝", "峽灣藍", "أزرق المضيق"],
    "crimson-night": ["Crimson Night", "Karminnacht", "Nuit Carmin", "绯夜红", "緋夜紅", "قرمزي ليلي"],
    "moss-green": ["Moss Green", "Moosgrün", "Vert Mousse", "苔藓绿", "苔蘚綠", "أخضر طحلبي"],
    "sand-dune": ["Sand Dune", "Sanddüne", "Dune de Sable", "沙丘金", "沙丘金", "كثيب رملي"],
    "arctic-silver": ["Arctic Silver", "Arktissilber", "Argent Arctique", "极地银", "極地銀", "فضي قطبي"],
    "storm-matte": ["Storm Grey Matte", "Sturmgrau matt", "Gris Tempête mat", "风暴灰哑光", "風暴灰霧面", "رمادي عاصف مطفأ"],
    "copper-dusk": ["Copper Dusk", "Kupferdämmerung", "Crépuscule Cuivré", "暮光铜", "暮光銅", "نحاسي الغسق"],
}

WHEELS = {
    "w19-aero": ["19-inch Aero wheels", "19-Zoll-Aero-Räder", "Jantes Aero 19 pouces", "19 英寸空气动力轮毂", "19 吋空力輪圈", "عجلات إيرو مقاس 19 بوصة"],
    "w19-five": ["19-inch five-spoke wheels", "19-Zoll-Fünfspeichenräder", "Jantes 19 pouces à cinq branches", "19 英寸五辐轮毂", "19 吋五輻輪圈", "عجلات بخمسة أذرع مقاس 19 بوصة"],
    "w20-multi": ["20-inch multi-spoke wheels", "20-Zoll-Vielspeichenräder", "Jantes 20 pouces multibranches", "20 英寸多辐轮毂", "20 吋多輻輪圈", "عجلات متعددة الأذرع مقاس 20 بوصة"],
    "w20-turbine": ["20-inch Turbine wheels", "20-Zoll-Turbinenräder", "Jantes Turbine 20 pouces", "20 英寸涡轮轮毂", "20 吋渦輪輪圈", "عجلات توربين مقاس 20 بوصة"],
    "w21-split": ["21-inch split-spoke wheels", "21-Zoll-Doppelspeichenräder", "Jantes 21 pouces à branches doubles", "21 英寸分叉辐轮毂", "21 吋分叉輻輪圈", "عجلات بأذرع مزدوجة مقاس 21 بوصة"],
    "w21-turbine": ["21-inch Turbine wheels", "21-Zoll-Turbinenräder", "Jantes Turbine 21 pouces", "21 英寸涡轮轮毂", "21 吋渦輪輪圈", "عجلات توربين مقاس 21 بوصة"],
    "w22-forged": ["22-inch forged wheels", "22-Zoll-Schmiederäder", "Jantes forgées 22 pouces", "22 英寸锻造轮毂", "22 吋鍛造輪圈", "عجلات مطروقة مقاس 22 بوصة"],
}

INTERIORS = {
    "charcoal-wool": (["Charcoal wool blend", "Anthrazit Wollmischung", "Mélange laine anthracite", "炭灰羊毛混纺", "炭灰羊毛混紡", "مزيج صوف فحمي"],
                      ["Wool blend textile", "Wollmischgewebe", "Textile en mélange de laine", "羊毛混纺织物", "羊毛混紡織物", "نسيج من مزيج الصوف"]),
    "slate-nappa": (["Slate Nappa leather", "Nappaleder Schiefer", "Cuir Nappa ardoise", "石板灰 Nappa 真皮", "石板灰 Nappa 真皮", "جلد نابا رمادي أردوازي"],
                    ["Nappa leather", "Nappaleder", "Cuir Nappa", "Nappa 真皮", "Nappa 真皮", "جلد نابا"]),
    "cognac-leather": (["Cognac leather", "Leder Cognac", "Cuir cognac", "干邑色真皮", "干邑色真皮", "جلد بلون الكونياك"],
                       ["Semi-aniline leather", "Semianilinleder", "Cuir semi-aniline", "半苯胺真皮", "半苯胺真皮", "جلد شبه أنيليني"]),
    "ivory-nappa": (["Ivory Nappa leather", "Nappaleder Elfenbein", "Cuir Nappa ivoire", "象牙白 Nappa 真皮", "象牙白 Nappa 真皮", "جلد نابا عاجي"],
                    ["Nappa leather", "Nappaleder", "Cuir Nappa", "Nappa 真皮", "Nappa 真皮", "جلد نابا"]),
    "oat-recycled": (["Oat recycled textile", "Hafer recyceltes Gewebe", "Textile recyclé avoine", "燕麦色再生织物", "燕麥色再生織物", "نسيج معاد تدويره بلون الشوفان"],
                     ["Recycled textile", "Recyceltes Gewebe", "Textile recyclé", "再生织物", "再生織物", "نسيج معاد تدويره"]),
    "black-sport": (["Black sport microsuede", "Schwarz Sport-Mikrovelours", "Microsuède sport noir", "黑色运动超纤绒", "黑色運動超纖絨", "جلد سويدي رياضي أسود"],
                    ["Microsuede and leather", "Mikrovelours und Leder", "Microsuède et cuir", "超纤绒与真皮", "超纖絨與真皮", "سويدي صناعي وجلد"]),
}

PACKAGES = {
    "pkg-winter": ["Winter package", "Winterpaket", "Pack Hiver", "冬季套件", "冬季套件", "باقة الشتاء"],
    "pkg-assist": ["Driver assistance package", "Fahrerassistenzpaket", "Pack Aide à la conduite", "驾驶辅助套件", "駕駛輔助套件", "باقة مساعدة السائق"],
    "pkg-sport": ["Sport package", "Sportpaket", "Pack Sport", "运动套件", "運動套件", "الباقة الرياضية"],
    "pkg-comfort": ["Comfort package", "Komfortpaket", "Pack Confort", "舒适套件", "舒適套件", "باقة الراحة"],
    "pkg-tech": ["Technology package", "Technologiepaket", "Pack Technologie", "科技套件", "科技套件", "باقة التقنية"],
    "pkg-travel": ["Travel package", "Reisepaket", "Pack Voyage", "旅行套件", "旅行套件", "باقة السفر"],
}

EQUIPMENT = {
    "heated-seats": ("comfort", ["Heated front seats", "Sitzheizung vorn", "Sièges avant chauffants", "前排座椅加热", "前座椅加熱", "مقاعد أمامية مُدفّأة"]),
    "heated-wheel": ("comfort", ["Heated steering wheel", "Lenkradheizung", "Volant chauffant", "方向盘加热", "方向盤加熱", "عجلة قيادة مُدفّأة"]),
    "heat-pump": ("charging", ["Heat pump", "Wärmepumpe", "Pompe à chaleur", "热泵", "熱泵", "مضخة حرارية"]),
    "adaptive-cruise": ("assistance", ["Adaptive cruise control", "Abstandsregeltempomat", "Régulateur de vitesse adaptatif", "自适应巡航", "主動式定速巡航", "مثبت سرعة تكيّفي"]),
    "lane-assist": ("assistance", ["Lane keeping assist", "Spurhalteassistent", "Aide au maintien de voie", "车道保持辅助", "車道維持輔助", "مساعد البقاء في المسار"]),
    "camera-360": ("assistance", ["360° camera", "360°-Kamera", "Caméra 360°", "360° 全景影像", "360° 環景影像", "كاميرا 360 درجة"]),
    "park-assist": ("assistance", ["Automatic parking", "Parkassistent", "Stationnement automatique", "自动泊车", "自動停車", "ركن تلقائي"]),
    "night-vision": ("assistance", ["Night vision assist", "Nachtsichtassistent", "Vision nocturne", "夜视辅助", "夜視輔助", "مساعد الرؤية الليلية"]),
    "hud": ("infotainment", ["Head-up display", "Head-up-Display", "Affichage tête haute", "抬头显示", "抬頭顯示器", "شاشة عرض أمامية"]),
    "premium-sound": ("infotainment", ["Studio premium sound", "Studio-Premium-Soundsystem", "Système audio premium Studio", "Studio 高级音响", "Studio 高級音響", "نظام صوت ستوديو فاخر"]),
    "rear-entertainment": ("infotainment", ["Rear-seat screens", "Fondbildschirme", "Écrans arrière", "后排娱乐屏", "後座娛樂螢幕", "شاشات المقاعد الخلفية"]),
    "wireless-charging": ("infotainment", ["Wireless phone charging", "Kabelloses Laden", "Recharge sans fil du téléphone", "无线手机充电", "無線手機充電", "شحن لاسلكي للهاتف"]),
    "ambient-light": ("interior", ["Ambient lighting", "Ambientebeleuchtung", "Éclairage d’ambiance", "氛围灯", "氛圍燈", "إضاءة محيطية"]),
    "pano-roof": ("exterior", ["Panoramic glass roof", "Panorama-Glasdach", "Toit panoramique en verre", "全景玻璃车顶", "全景玻璃車頂", "سقف زجاجي بانورامي"]),
    "matrix-led": ("exterior", ["Matrix LED headlights", "Matrix-LED-Scheinwerfer", "Phares LED matriciels", "矩阵式 LED 大灯", "矩陣式 LED 頭燈", "مصابيح LED مصفوفية"]),
    "privacy-glass": ("exterior", ["Privacy glass", "Privacy-Verglasung", "Vitres surteintées", "隐私玻璃", "隱私玻璃", "زجاج معتم للخصوصية"]),
    "acoustic-glass": ("comfort", ["Acoustic laminated glass", "Akustikverglasung", "Vitrage acoustique feuilleté", "隔音夹层玻璃", "隔音夾層玻璃", "زجاج عازل للصوت"]),
    "roof-rails": ("exterior", ["Roof rails", "Dachreling", "Barres de toit", "车顶行李架", "車頂行李架", "قضبان السقف"]),
    "tow-bar": ("exterior", ["Electric tow bar", "Elektrische Anhängerkupplung", "Attelage électrique", "电动拖车钩", "電動拖車鉤", "وصلة قطر كهربائية"]),
    "cargo-organiser": ("interior", ["Cargo organiser", "Gepäckraum-Organizer", "Organiseur de coffre", "后备厢收纳", "後車廂收納", "منظّم صندوق الأمتعة"]),
    "air-suspension": ("performance", ["Adaptive air suspension", "Adaptive Luftfederung", "Suspension pneumatique adaptative", "自适应空气悬架", "自適應空氣懸吊", "تعليق هوائي تكيّفي"]),
    "sport-suspension": ("performance", ["Sport suspension", "Sportfahrwerk", "Suspension sport", "运动悬架", "運動懸吊", "تعليق رياضي"]),
    "sport-chrono": ("performance", ["Sport Chrono", "Sport Chrono", "Sport Chrono", "Sport Chrono 运动计时", "Sport Chrono 運動計時", "سبورت كرونو"]),
    "sport-exhaust": ("performance", ["Sport exhaust", "Sportabgasanlage", "Échappement sport", "运动排气", "運動排氣", "عادم رياضي"]),
    "ceramic-brakes": ("performance", ["Ceramic brakes", "Keramikbremsen", "Freins céramique", "陶瓷刹车", "陶瓷煞車", "مكابح سيراميكية"]),
    "rear-steer": ("performance", ["Rear-axle steering", "Hinterachslenkung", "Roues arrière directrices", "后轮转向", "後輪轉向", "توجيه المحور الخلفي"]),
    "massage-seats": ("comfort", ["Massage front seats", "Massagesitze vorn", "Sièges avant massants", "前排座椅按摩", "前座椅按摩", "مقاعد أمامية بالتدليك"]),
    "ventilated-seats": ("comfort", ["Ventilated front seats", "Sitzbelüftung vorn", "Sièges avant ventilés", "前排座椅通风", "前座椅通風", "مقاعد أمامية مهوّاة"]),
    "sport-seats": ("interior", ["Sport seats", "Sportsitze", "Sièges sport", "运动座椅", "運動座椅", "مقاعد رياضية"]),
    "soft-close": ("comfort", ["Soft-close doors", "Soft-Close-Türen", "Portes à fermeture assistée", "电吸门", "電吸門", "أبواب بإغلاق ناعم"]),
    "third-row": ("interior", ["Third seat row", "Dritte Sitzreihe", "Troisième rangée de sièges", "第三排座椅", "第三排座椅", "صف مقاعد ثالث"]),
    "charger-22kw": ("charging", ["22 kW on-board charger", "22-kW-Bordlader", "Chargeur embarqué 22 kW", "22 kW 车载充电机", "22 kW 車載充電器", "شاحن داخلي 22 كيلوواط"]),
    "bidirectional": ("charging", ["Bidirectional charging", "Bidirektionales Laden", "Recharge bidirectionnelle", "双向充电", "雙向充電", "شحن ثنائي الاتجاه"]),
    "steering-leather": ("interior", ["Leather steering wheel", "Lederlenkrad", "Volant en cuir", "真皮方向盘", "真皮方向盤", "عجلة قيادة جلدية"]),
    "steering-wood": ("interior", ["Wood and leather steering wheel", "Holz-Leder-Lenkrad", "Volant bois et cuir", "木饰真皮方向盘", "木飾真皮方向盤", "عجلة قيادة من الخشب والجلد"]),
    "steering-sport": ("interior", ["Sport steering wheel", "Sportlenkrad", "Volant sport", "运动方向盘", "運動方向盤", "عجلة قيادة رياضية"]),
}

MARKETS = {
    "no": ["Norway", "Norwegen", "Norvège", "挪威", "挪威", "النرويج"],
    "it": ["Italy", "Italien", "Italie", "意大利", "義大利", "إيطاليا"],
    "us-or": ["Oregon, United States", "Oregon, USA", "Oregon, États-Unis", "美国俄勒冈州", "美國奧勒岡州", "أوريغون، الولايات المتحدة"],
    "cn": ["China", "China", "Chine", "中国", "中國", "الصين"],
    "ae": ["United Arab Emirates", "Vereinigte Arabische Emirate", "Émirats arabes unis", "阿联酋", "阿聯酋", "الإمارات العربية المتحدة"],
}

TAXES = {
    "vat": ["VAT", "Mehrwertsteuer", "TVA", "增值税", "增值稅", "ضريبة القيمة المضافة"],
    "vat-ev": ["VAT on the part above NOK 500,000", "MwSt. auf den Anteil über 500.000 NOK", "TVA sur la part au-delà de 500 000 NOK", "超过 50 万挪威克朗部分的增值税", "超過 50 萬挪威克朗部分的增值稅", "ضريبة القيمة المضافة على ما يزيد عن 500,000 كرونة"],
    "iva": ["VAT (IVA)", "MwSt. (IVA)", "TVA (IVA)", "增值税 (IVA)", "增值稅 (IVA)", "ضريبة القيمة المضافة (IVA)"],
    "privilege": ["Oregon vehicle privilege tax", "Oregon-Fahrzeugsteuer", "Taxe de privilège véhicule de l’Oregon", "俄勒冈州车辆特权税", "奧勒岡州車輛特權稅", "ضريبة امتياز المركبات في أوريغون"],
    "purchase": ["Vehicle purchase tax", "Fahrzeugkaufsteuer", "Taxe d’achat de véhicule", "车辆购置税", "車輛購置稅", "ضريبة شراء المركبة"],
    "purchase-nev": ["Vehicle purchase tax (new energy, halved)", "Fahrzeugkaufsteuer (Elektro, halbiert)", "Taxe d’achat (énergie nouvelle, réduite de moitié)", "车辆购置税（新能源减半）", "車輛購置稅（新能源減半）", "ضريبة شراء المركبة (طاقة جديدة، مخفّضة للنصف)"],
}

FEES = {
    "delivery": ["Delivery and registration", "Überführung und Zulassung", "Livraison et immatriculation", "交付与上牌", "交車與領牌", "التسليم والتسجيل"],
    "destination": ["Destination fee", "Überführungsgebühr", "Frais de livraison", "目的地运费", "目的地運費", "رسوم الشحن"],
    "registration": ["Registration", "Zulassung", "Immatriculation", "上牌费", "領牌費", "التسجيل"],
}

NOTES = {
    "christmas-eve": ["Christmas Eve", "Heiligabend", "Veille de Noël", "平安夜", "平安夜", "ليلة عيد الميلاد"],
    "christmas": ["Christmas Day", "Erster Weihnachtstag", "Noël", "圣诞节", "聖誕節", "عيد الميلاد"],
    "new-year-eve": ["New Year’s Eve: closing early", "Silvester: früher geschlossen", "Saint-Sylvestre : fermeture anticipée", "除夕：提前关门", "跨年夜：提早打烊", "ليلة رأس السنة: إغلاق مبكر"],
    "spring-festival": ["Spring Festival", "Frühlingsfest", "Fête du Printemps", "春节", "春節", "عيد الربيع"],
    "late-opening": ["Late opening: design evening", "Lange Öffnung: Designabend", "Ouverture tardive : soirée design", "延长营业：设计之夜", "延長營業：設計之夜", "فتح حتى وقت متأخر: أمسية تصميم"],
    "national-day": ["National Day", "Nationalfeiertag", "Fête nationale", "国庆节", "國慶日", "اليوم الوطني"],
}

TRIMS = {
    "core": ["Core", "Core", "Core", "Core 标准版", "Core 標準版", "كور"],
    "plus": ["Plus", "Plus", "Plus", "Plus 进阶版", "Plus 進階版", "بلس"],
    "performance": ["Performance", "Performance", "Performance", "Performance 高性能版", "Performance 高性能版", "بيرفورمانس"],
}

# Studio events: title, description (each in LANGS order).
EVENTS = {
    "oslo-winter-range": (
        ["Winter range: what cold does to a battery", "Reichweite im Winter: was Kälte mit einer Batterie macht",
         "Autonomie en hiver : ce que le froid fait à une batterie", "冬季续航：寒冷如何影响电池", "冬季續航：寒冷如何影響電池",
         "المدى في الشتاء: ماذا يفعل البرد بالبطارية"],
        ["Our battery engineer explains preconditioning, charging in the cold and what to expect on a January road trip.",
         "Unsere Batterieingenieurin erklärt Vorkonditionierung, Laden bei Kälte und was man im Januar unterwegs erwarten kann.",
         "Notre ingénieure batterie explique le préconditionnement, la recharge par temps froid et ce qu’on peut attendre d’un trajet en janvier.",
         "我们的电池工程师讲解预热、低温充电，以及一月长途出行的真实表现。",
         "我們的電池工程師講解預熱、低溫充電，以及一月長途出行的真實表現。",
         "تشرح مهندسة البطاريات لدينا التكييف المسبق والشحن في البرد وما يمكن توقعه في رحلة في يناير."]),
    "oslo-drive-day": (
        ["Aster drive day", "Aster-Fahrtag", "Journée d’essai Aster", "Aster 试驾日", "Aster 試駕日", "يوم تجربة قيادة Aster"],
        ["A day of longer drives in the Aster 5 and Aster 7 on the roads around the fjord, with a coffee at the halfway point.",
         "Ein Tag mit längeren Fahrten im Aster 5 und Aster 7 rund um den Fjord, mit einer Kaffeepause auf halber Strecke.",
         "Une journée d’essais plus longs en Aster 5 et Aster 7 autour du fjord, avec un café à mi-parcours.",
         "驾驶 Aster 5 和 Aster 7 沿峡湾道路进行更长时间的试驾，中途有咖啡休息。",
         "駕駛 Aster 5 和 Aster 7 沿峽灣道路進行更長時間的試駕，中途有咖啡休息。",
         "يوم من القيادة الأطول بسيارتي Aster 5 وAster 7 على الطرق حول المضيق، مع استراحة قهوة في منتصف الطريق."]),
    "oslo-family-workshop": (
        ["Family workshop: draw your own car", "Familienworkshop: Zeichne dein eigenes Auto",
         "Atelier en famille : dessine ta voiture", "亲子工作坊：画出你的汽车", "親子工作坊：畫出你的汽車",
         "ورشة عائلية: ارسم سيارتك"],
        ["Our designers show children (and their parents) how a car is sketched, from the first line to the colours.",
         "Unsere Designer zeigen Kindern (und ihren Eltern), wie ein Auto entsteht – von der ersten Linie bis zu den Farben.",
         "Nos designers montrent aux enfants (et à leurs parents) comment on dessine une voiture, du premier trait aux couleurs.",
         "我们的设计师向孩子（和家长）展示如何从第一笔到配色画出一辆车。",
         "我們的設計師向孩子（和家長）展示如何從第一筆到配色畫出一輛車。",
         "يُري مصممونا الأطفال (وأهلهم) كيف تُرسم السيارة، من الخط الأول حتى الألوان."]),
    "milan-vega-e-launch": (
        ["Launch evening: the new Vega E", "Premierenabend: der neue Vega E", "Soirée de lancement : la nouvelle Vega E",
         "发布之夜：全新 Vega E", "發表之夜：全新 Vega E", "أمسية الإطلاق: Vega E الجديدة"],
        ["The first evening the Vega E is in the studio: meet the team that built it and sit in it before anyone else.",
         "Der erste Abend mit dem Vega E im Studio: Lernen Sie das Team kennen und nehmen Sie als Erste Platz.",
         "Le premier soir de la Vega E au studio : rencontrez l’équipe qui l’a conçue et installez-vous à bord avant tout le monde.",
         "Vega E 首次亮相展厅的夜晚：与打造它的团队见面，抢先坐进车内。",
         "Vega E 首次亮相展廳的夜晚：與打造它的團隊見面，搶先坐進車內。",
         "الأمسية الأولى لـ Vega E في الاستوديو: التقِ بالفريق الذي صنعها واجلس فيها قبل الجميع."]),
    "portland-charging-workshop": (
        ["Home charging workshop", "Workshop: Laden zu Hause", "Atelier : la recharge à domicile", "家庭充电工作坊",
         "家用充電工作坊", "ورشة الشحن المنزلي"],
        ["What a wall box needs, what an electrician asks, and how to charge for less at night. Bring your questions.",
         "Was eine Wallbox braucht, was der Elektriker fragt und wie man nachts günstiger lädt. Bringen Sie Ihre Fragen mit.",
         "Ce qu’il faut pour une borne murale, ce que demande l’électricien et comment recharger moins cher la nuit. Venez avec vos questions.",
         "壁挂充电桩需要什么、电工会问什么，以及如何在夜间更省钱地充电。欢迎带着问题来。",
         "壁掛充電樁需要什麼、電工會問什麼，以及如何在夜間更省錢地充電。歡迎帶著問題來。",
         "ما الذي يحتاجه شاحن الحائط، وما الذي يسأله الكهربائي، وكيف تشحن بتكلفة أقل ليلًا. أحضر أسئلتك."]),
    "shanghai-design-talk": (
        ["Design talk: the lines of the Rune GT", "Design-Talk: die Linien des Rune GT", "Conférence design : les lignes de la Rune GT",
         "设计讲座：Rune GT 的线条", "設計講座：Rune GT 的線條", "حديث عن التصميم: خطوط Rune GT"],
        ["The Rune GT’s exterior designer on proportions, light and why the roof line took two years.",
         "Der Exterieur-Designer des Rune GT über Proportionen, Licht und warum die Dachlinie zwei Jahre dauerte.",
         "Le designer extérieur de la Rune GT parle des proportions, de la lumière et des deux ans passés sur la ligne de toit.",
         "Rune GT 外观设计师谈比例、光影，以及为什么车顶线条花了两年。",
         "Rune GT 外觀設計師談比例、光影，以及為什麼車頂線條花了兩年。",
         "مصمم الهيكل الخارجي لـ Rune GT يتحدث عن النسب والضوء ولماذا استغرق خط السقف عامين."]),
    "beijing-open-studio": (
        ["Open studio evening", "Offener Studioabend", "Soirée portes ouvertes", "展厅开放之夜", "展廳開放之夜", "أمسية الاستوديو المفتوح"],
        ["Come by after work: every car is open, the team is there for your questions, no sign-up needed.",
         "Kommen Sie nach der Arbeit vorbei: Alle Autos sind offen, das Team beantwortet Ihre Fragen, keine Anmeldung nötig.",
         "Passez après le travail : toutes les voitures sont ouvertes, l’équipe répond à vos questions, sans inscription.",
         "下班后来坐坐：所有车辆开放，团队现场答疑，无需报名。",
         "下班後來坐坐：所有車輛開放，團隊現場答疑，無需報名。",
         "تعال بعد العمل: كل السيارات مفتوحة والفريق حاضر لأسئلتك، دون تسجيل."]),
    "dubai-evening-drive": (
        ["Evening drive day", "Fahrtag am Abend", "Journée d’essai en soirée", "傍晚试驾日", "傍晚試駕日", "يوم قيادة مسائي"],
        ["Drive the Aster 7 when the heat has gone: a guided route along the coast road as the sun sets.",
         "Fahren Sie den Aster 7, wenn die Hitze nachlässt: eine geführte Route entlang der Küstenstraße bei Sonnenuntergang.",
         "Conduisez l’Aster 7 quand la chaleur retombe : un parcours guidé sur la route côtière au coucher du soleil.",
         "在暑气消退时驾驶 Aster 7：日落时分沿海滨公路的引导路线。",
         "在暑氣消退時駕駛 Aster 7：日落時分沿海濱公路的引導路線。",
         "قُد Aster 7 عندما تنحسر الحرارة: مسار مُوجَّه على الطريق الساحلي مع غروب الشمس."]),
}
