"""Demo course: personal data and AI (topic "data-ai").

Kazakh (kk) is the source text; ru and en are translations with the same blocks in the same order.
Facts come from shared/DOMAIN.md and the seed article on AI and consumers; the text is our own.
This is learning material on legal literacy, not legal advice.
"""

SKILLS = [
    {
        "code": "data.consent",
        "name": {
            "kk": "Дербес деректерді тану және келісімді саналы беру",
            "ru": "Распознавать персональные данные и осознанно давать согласие",
            "en": "Recognising personal data and giving informed consent",
        },
    },
    {
        "code": "data.subject-rights",
        "name": {
            "kk": "Өз деректеріңізге қатысты құқықтарды пайдалану",
            "ru": "Пользоваться правами в отношении своих данных",
            "en": "Using your rights over your data",
        },
    },
    {
        "code": "data.ai-services",
        "name": {
            "kk": "ЖИ қызметтерін және оларды реттеуді түсіну",
            "ru": "Понимать сервисы ИИ и их регулирование",
            "en": "Understanding AI services and how they are regulated",
        },
    },
    {
        "code": "data.risky-ai",
        "name": {
            "kk": "Қауіпті ЖИ қызметін тану",
            "ru": "Распознавать рискованный сервис ИИ",
            "en": "Spotting a risky AI service",
        },
    },
    {
        "code": "data.seek-help",
        "name": {
            "kk": "Құқық бұзылғанда көмекке жүгіну",
            "ru": "Обращаться за помощью при нарушении прав",
            "en": "Seeking help when your rights are violated",
        },
    },
]


# --------------------------------------------------------------------------------------------
# Lesson 1. What personal data is and why consent matters
# --------------------------------------------------------------------------------------------

LESSON_1 = {
    "slug": "what-is-personal-data-and-consent",
    "estimated_minutes": 12,
    "skills": ["data.consent"],
    "title": {
        "kk": "Дербес деректер деген не және келісім неге маңызды",
        "ru": "Что такое персональные данные и почему важно согласие",
        "en": "What personal data is and why consent matters",
    },
    "objectives": {
        "kk": [
            "Дербес деректердің мысалдарын ажырата білу",
            "Келісімнің не үшін қажет екенін және қалай берілетінін түсіндіру",
            "Қосымша қажетінен артық рұқсат сұрағанын байқау",
        ],
        "ru": [
            "Различать примеры персональных данных",
            "Объяснять, зачем нужно согласие и как оно даётся",
            "Замечать, когда приложение просит больше разрешений, чем ему нужно",
        ],
        "en": [
            "Recognise examples of personal data",
            "Explain why consent is needed and how it is given",
            "Notice when an app asks for more permissions than it needs",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Дербес деректер — сіз туралы мәліметтер"),
            ("paragraph",
             "<p>Біз күн сайын өзіміз туралы мәліметтерді мобильдік қосымшаларға, дүкендерге, банктерге "
             "және мемлекеттік порталдарға береміз. Аты-жөн, ЖСН, телефон нөмірі, мекенжай, фотосурет, "
             "геолокация, тіпті телефондағы контактілер тізімі — мұның бәрі белгілі бір адамды анықтай "
             "алады.</p>"
             "<p>Қазақстанда бұл саланы 2013 жылғы 21 мамырдағы № 94-V «Дербес деректер және оларды қорғау "
             "туралы» Заң реттейді. Оның негізінде үш маңызды қағида жатыр:</p>"
             "<ul>"
             "<li><b>келісім</b> — деректер, әдетте, адамның өз келісімімен жиналады және өңделеді;</li>"
             "<li><b>құпиялылық</b> — деректерге қол жеткізген ұйым немесе адам оларды жария етпеуге "
             "міндетті;</li>"
             "<li><b>рұқсатсыз өңдеуге тыйым</b> — заңды негіз болмаса, деректерді жинауға, таратуға "
             "немесе басқаға беруге болмайды.</li>"
             "</ul>"),
            ("key_term", {
                "term": "Дербес деректер",
                "definition": "Белгілі бір адамға қатысты немесе сол арқылы оны анықтауға болатын, "
                              "электрондық, қағаз не өзге тасымалдағышта тіркелген мәліметтер.",
            }),
            ("legal_provision", {
                "act": "personal-data",
                "article": "1-бап",
                "excerpt": "Заң дербес деректерді нақты адамға қатысты немесе соның негізінде анықталатын, "
                           "электрондық, қағаз не өзге материалдық тасымалдағышта тіркелген мәліметтер деп "
                           "айқындайды.",
            }),
            ("heading", "Келісім неге маңызды"),
            ("paragraph",
             "<p>Келісім — деректеріңізге кім, қалай және не үшін қол жеткізетінін өзіңіз шешуге мүмкіндік "
             "беретін құрал. Ол жазбаша түрде, мемлекеттік немесе мемлекеттік емес сервис арқылы не оны "
             "растауға болатын басқа тәсілмен беріледі. Қосымшадағы «Келісемін» батырмасы да осындай "
             "тәсілдің бірі болуы мүмкін. Сондықтан оны баспас бұрын үш сұраққа жауап іздеңіз: қандай "
             "деректер жиналады, не мақсатпен және кімге беріледі?</p>"),
            ("case", {
                "title": "Несие қосымшасы контактілерді сұрайды",
                "situation": "Шымкентте тұратын Әйгерім шұғыл шағын несие алу үшін телефонына микрокредит "
                             "қосымшасын орнатты. Қосымша контактілер тізіміне, фотосуреттер мен SMS "
                             "хабарламаларға рұқсат сұрады. Әйгерім ойланбастан бәріне келісті.",
                "question": "Әйгерім неге сақ болуы керек еді?",
                "answer": "Контактілер тізімінде Әйгерімнің ғана емес, оның туыстары мен достарының да "
                          "дербес деректері бар, ал олар ешқандай келісім бермеген. Несие рәсімдеу үшін "
                          "мұндай кең рұқсаттар әдетте қажет емес. Мұндай жағдайда құпиялылық саясатын "
                          "оқып, қандай деректер не үшін жиналатынын анықтаған, артық рұқсаттан бас тартқан "
                          "немесе басқа ұйымды таңдаған жөн. Берілген рұқсатты телефон баптауларынан кейін "
                          "де өшіруге болады.",
            }),
            ("callout", {
                "kind": "tip",
                "title": "Рұқсат бермес бұрын",
                "text": "Өзіңізден сұраңыз: бұл қызметке осы дерек шынымен керек пе? Қалта шамы "
                        "қосымшасына контактілер, ал калькуляторға микрофон қажет емес. Артық рұқсат "
                        "сұралса, бұл — сақ болуға белгі.",
            }),
        ],
        "ru": [
            ("heading", "Персональные данные — это сведения о вас"),
            ("paragraph",
             "<p>Каждый день мы сообщаем сведения о себе мобильным приложениям, магазинам, банкам и "
             "государственным порталам. Фамилия и имя, ИИН, номер телефона, адрес, фотография, геолокация, "
             "даже список контактов в телефоне — по всему этому можно определить конкретного человека.</p>"
             "<p>В Казахстане эту сферу регулирует Закон «О персональных данных и их защите» № 94-V от "
             "21 мая 2013 года. В его основе лежат три важных принципа:</p>"
             "<ul>"
             "<li><b>согласие</b> — данные, как правило, собираются и обрабатываются с согласия самого "
             "человека;</li>"
             "<li><b>конфиденциальность</b> — организация или лицо, получившие доступ к данным, обязаны "
             "их не разглашать;</li>"
             "<li><b>запрет несанкционированной обработки</b> — без законного основания данные нельзя "
             "собирать, распространять или передавать другим.</li>"
             "</ul>"),
            ("key_term", {
                "term": "Персональные данные",
                "definition": "Сведения, относящиеся к определённому человеку или позволяющие его "
                              "определить, зафиксированные на электронном, бумажном или ином носителе.",
            }),
            ("legal_provision", {
                "act": "personal-data",
                "article": "Статья 1",
                "excerpt": "Закон определяет персональные данные как сведения, относящиеся к конкретному "
                           "человеку или определяемые на их основе, зафиксированные на электронном, "
                           "бумажном или ином материальном носителе.",
            }),
            ("heading", "Почему важно согласие"),
            ("paragraph",
             "<p>Согласие — это инструмент, который позволяет вам самим решать, кто, как и зачем получает "
             "доступ к вашим данным. Оно даётся письменно, через государственный или негосударственный "
             "сервис либо иным способом, позволяющим его подтвердить. Кнопка «Согласен» в приложении тоже "
             "может быть таким способом. Поэтому, прежде чем нажать её, ищите ответ на три вопроса: какие "
             "данные собираются, с какой целью и кому они передаются?</p>"),
            ("case", {
                "title": "Кредитное приложение просит доступ к контактам",
                "situation": "Айгерим из Шымкента установила на телефон приложение микрокредитной "
                             "организации, чтобы срочно взять небольшой заём. Приложение запросило доступ "
                             "к списку контактов, фотографиям и SMS-сообщениям. Айгерим, не задумываясь, "
                             "согласилась на всё.",
                "question": "Почему Айгерим следовало быть осторожнее?",
                "answer": "В списке контактов есть персональные данные не только Айгерим, но и её "
                          "родственников и друзей, а они никакого согласия не давали. Для оформления займа "
                          "такие широкие разрешения обычно не нужны. В такой ситуации стоит прочитать "
                          "политику конфиденциальности и выяснить, какие данные и зачем собираются, "
                          "отказаться от лишних разрешений или выбрать другую организацию. Выданное "
                          "разрешение можно отключить и позже в настройках телефона.",
            }),
            ("callout", {
                "kind": "tip",
                "title": "Прежде чем дать разрешение",
                "text": "Спросите себя: действительно ли этому сервису нужны эти данные? Приложению-фонарику "
                        "не нужны контакты, а калькулятору — микрофон. Если просят лишние разрешения, это "
                        "повод насторожиться.",
            }),
        ],
        "en": [
            ("heading", "Personal data is information about you"),
            ("paragraph",
             "<p>Every day we give information about ourselves to mobile apps, shops, banks and government "
             "portals. Your name, IIN, phone number, address, photo, location, even your phone’s contact "
             "list — all of this can identify a particular person.</p>"
             "<p>In Kazakhstan this area is governed by the Law “On Personal Data and Their Protection”, "
             "No. 94-V of 21 May 2013. It rests on three important principles:</p>"
             "<ul>"
             "<li><b>consent</b> — as a rule, data is collected and processed with the person’s own "
             "consent;</li>"
             "<li><b>confidentiality</b> — an organisation or person who gains access to the data must not "
             "disclose it;</li>"
             "<li><b>a ban on unauthorised processing</b> — without a lawful basis, data may not be "
             "collected, disseminated or passed on to others.</li>"
             "</ul>"),
            ("key_term", {
                "term": "Personal data",
                "definition": "Information relating to a particular person, or allowing that person to be "
                              "identified, recorded on an electronic, paper or other medium.",
            }),
            ("legal_provision", {
                "act": "personal-data",
                "article": "Article 1",
                "excerpt": "The Law defines personal data as information relating to a specific person, or "
                           "identifiable on its basis, recorded on an electronic, paper or other physical "
                           "medium.",
            }),
            ("heading", "Why consent matters"),
            ("paragraph",
             "<p>Consent is the tool that lets you decide for yourself who gets access to your data, how "
             "and why. It is given in writing, through a state or non-state service, or in another way "
             "that allows it to be confirmed. An “I agree” button in an app can also be such a way. So "
             "before you tap it, look for answers to three questions: what data is collected, for what "
             "purpose, and to whom is it passed on?</p>"),
            ("case", {
                "title": "A loan app asks for your contacts",
                "situation": "Aigerim from Shymkent installed a microcredit app on her phone to get a small "
                             "loan urgently. The app asked for access to her contact list, photos and text "
                             "messages. Aigerim agreed to everything without thinking.",
                "question": "Why should Aigerim have been more careful?",
                "answer": "Her contact list holds the personal data not only of Aigerim but also of her "
                          "relatives and friends, and they gave no consent at all. Such broad permissions "
                          "are usually not needed to arrange a loan. In this situation it is wise to read "
                          "the privacy policy and find out what data is collected and why, to refuse "
                          "unnecessary permissions, or to choose another lender. A permission already "
                          "granted can also be switched off later in the phone’s settings.",
            }),
            ("callout", {
                "kind": "tip",
                "title": "Before you grant a permission",
                "text": "Ask yourself: does this service really need this data? A torch app does not need "
                        "your contacts, and a calculator does not need your microphone. A request for "
                        "unnecessary permissions is a reason to be on guard.",
            }),
        ],
    },
}


# --------------------------------------------------------------------------------------------
# Lesson 2. Your rights over your data
# --------------------------------------------------------------------------------------------

LESSON_2 = {
    "slug": "your-rights-over-your-data",
    "estimated_minutes": 14,
    "skills": ["data.subject-rights", "data.seek-help"],
    "title": {
        "kk": "Өз деректеріңізге қатысты құқықтарыңыз",
        "ru": "Ваши права в отношении своих данных",
        "en": "Your rights over your data",
    },
    "objectives": {
        "kk": [
            "Дербес деректер субъектісінің негізгі құқықтарын атау",
            "Келісімді кері қайтарып алудың мүмкіндігі мен шегін түсіну",
            "Құқық бұзылса, қайда және қалай жүгінуге болатынын білу",
        ],
        "ru": [
            "Называть основные права субъекта персональных данных",
            "Понимать возможности и пределы отзыва согласия",
            "Знать, куда и как обращаться, если права нарушены",
        ],
        "en": [
            "Name the main rights of a personal data subject",
            "Understand what withdrawing consent can and cannot do",
            "Know where and how to turn if your rights are violated",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Деректер — сіздікі"),
            ("paragraph",
             "<p>Заң сізді өз деректеріңіздің субъектісі ретінде таниды. Жалпы алғанда, сіз мына "
             "құқықтарға иесіз:</p>"
             "<ul>"
             "<li><b>білуге</b> — қай ұйымда сіз туралы қандай деректер бар екенін және олардың не "
             "мақсатта өңделетінін;</li>"
             "<li><b>танысуға</b> — өз деректеріңіз туралы мәлімет сұрауға;</li>"
             "<li><b>түзетуді талап етуге</b> — деректер қате немесе ескірген болса;</li>"
             "<li><b>жоюды талап етуге</b> — деректер заң бұзылып жиналса не өңделсе, сондай-ақ заңда "
             "көзделген өзге жағдайларда;</li>"
             "<li><b>келісімді кері қайтарып алуға</b> — заң шектеген жағдайлардан басқа кезде;</li>"
             "<li><b>құқығыңызды қорғауға</b> — уәкілетті органға немесе сотқа жүгіну арқылы.</li>"
             "</ul>"
             "<p>Нақты шарттар заң мәтінінде жазылған; ресми мәтінді adilet.zan.kz сайтынан "
             "тексеріңіз.</p>"),
            ("key_term", {
                "term": "Келісімді кері қайтарып алу",
                "definition": "Бұрын берген рұқсаттан бас тарту. Осыдан кейін ұйым, заңда көзделген "
                              "ерекшеліктерді қоспағанда, деректеріңізді сол мақсатта жинауды және өңдеуді "
                              "тоқтатуы тиіс.",
            }),
            ("legal_provision", {
                "act": "personal-data",
                "article": "8-бап",
                "excerpt": "Адам дербес деректерін жинауға және өңдеуге берген келісімін кері қайтарып ала "
                           "алады. Алайда бұл Қазақстан заңдарына қайшы келсе немесе орындалмаған "
                           "міндеттеме болса, келісімді қайтарып алуға болмайды.",
            }),
            ("heading", "Құқығыңызды қалай пайдаланасыз"),
            ("paragraph",
             "<ol>"
             "<li>Деректеріңіз бар ұйымға — банкке, дүкенге, қосымша иесіне — жазбаша сұрау жіберіңіз. "
             "Не қалайтыныңызды нақты жазыңыз: танысу, түзету, жою немесе келісімді кері қайтарып "
             "алу.</li>"
             "<li>Өтініштің, жауаптың және скриншоттардың көшірмесін сақтаңыз.</li>"
             "<li>Жауап келмесе немесе негізсіз бас тартылса, дербес деректерді қорғау саласындағы "
             "уәкілетті мемлекеттік органға шағым беріңіз. Оның қазіргі атауы мен байланыс деректерін "
             "ресми порталдардан тексеріңіз.</li>"
             "<li>Сізге зиян келсе, сотқа жүгінуге болады. Заңда көзделген жағдайларда құжат дайындауға "
             "тегін заң көмегі арқылы көмек алуға болады.</li>"
             "</ol>"),
            ("case", {
                "title": "Бонус картасынан кейінгі қоңыраулар",
                "situation": "Қарағандылық Ерлан бір дүкеннің бонус картасын ресімдеп, анкетаға телефон "
                             "нөмірін жазған. Енді оған сол дүкеннен ғана емес, бұрын естімеген серіктес "
                             "компаниялардан да жарнамалық қоңыраулар келе бастады.",
                "question": "Ерлан не істей алады?",
                "answer": "Ол дүкенге жазбаша өтініш жіберіп, өзі туралы қандай деректер сақталғанын және "
                          "олар кімге берілгенін сұрай алады, жарнамаға берген келісімін де кері қайтарып "
                          "ала алады. Нөмірі оның келісімінсіз берілсе, бұл рұқсатсыз өңдеу болуы мүмкін: "
                          "онда уәкілетті органға шағымдануға немесе тегін заң кеңесін алуға болады.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Келісімді қайтарып алу қарызды жоймайды",
                "text": "Өтелмеген несие сияқты орындалмаған міндеттеме болса, келісімді кері қайтарып алу "
                        "шектелуі мүмкін. Бірақ құпиялылық талабы бәрібір сақталуы тиіс.",
            }),
        ],
        "ru": [
            ("heading", "Данные — ваши"),
            ("paragraph",
             "<p>Закон признаёт вас субъектом ваших данных. В общих чертах вы имеете право:</p>"
             "<ul>"
             "<li><b>знать</b>, в какой организации есть какие данные о вас и с какой целью они "
             "обрабатываются;</li>"
             "<li><b>получить доступ</b> — запросить сведения о своих данных;</li>"
             "<li><b>требовать исправления</b>, если данные неверны или устарели;</li>"
             "<li><b>требовать уничтожения</b>, если данные собраны или обрабатываются с нарушением "
             "закона, а также в иных случаях, предусмотренных законом;</li>"
             "<li><b>отозвать согласие</b>, кроме случаев, когда закон это ограничивает;</li>"
             "<li><b>защищать свои права</b>, обращаясь в уполномоченный орган или в суд.</li>"
             "</ul>"
             "<p>Точные условия записаны в тексте закона; официальный текст проверяйте на "
             "adilet.zan.kz.</p>"),
            ("key_term", {
                "term": "Отзыв согласия",
                "definition": "Отказ от ранее данного разрешения. После этого организация, за исключением "
                              "случаев, предусмотренных законом, должна прекратить сбор и обработку ваших "
                              "данных для этой цели.",
            }),
            ("legal_provision", {
                "act": "personal-data",
                "article": "Статья 8",
                "excerpt": "Человек может отозвать согласие на сбор и обработку своих персональных данных. "
                           "Однако отозвать его нельзя, если это противоречит законам Казахстана или если "
                           "есть неисполненное обязательство.",
            }),
            ("heading", "Как воспользоваться своими правами"),
            ("paragraph",
             "<ol>"
             "<li>Направьте письменный запрос организации, у которой есть ваши данные, — банку, магазину, "
             "владельцу приложения. Чётко укажите, чего вы хотите: ознакомиться с данными, исправить их, "
             "уничтожить или отозвать согласие.</li>"
             "<li>Сохраняйте копии заявления, ответа и скриншоты.</li>"
             "<li>Если ответа нет или отказ необоснован, подайте жалобу в уполномоченный государственный "
             "орган в сфере защиты персональных данных. Его актуальное название и контакты проверьте на "
             "официальных порталах.</li>"
             "<li>Если вам причинён вред, можно обратиться в суд. В случаях, предусмотренных законом, "
             "помочь с подготовкой документов может бесплатная юридическая помощь.</li>"
             "</ol>"),
            ("case", {
                "title": "Звонки после бонусной карты",
                "situation": "Ерлан из Караганды оформил бонусную карту магазина и указал в анкете номер "
                             "телефона. Теперь ему звонят с рекламой не только из этого магазина, но и из "
                             "незнакомых партнёрских компаний.",
                "question": "Что может сделать Ерлан?",
                "answer": "Он может письменно спросить магазин, какие данные о нём хранятся и кому они "
                          "переданы, а также отозвать согласие на рекламу. Если номер передали без его "
                          "согласия, это может быть несанкционированной обработкой: тогда можно "
                          "пожаловаться в уполномоченный орган или получить бесплатную юридическую "
                          "консультацию.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Отзыв согласия не отменяет долг",
                "text": "Если есть неисполненное обязательство, например непогашенный кредит, отзыв согласия "
                        "может быть ограничен. Но требование конфиденциальности всё равно должно "
                        "соблюдаться.",
            }),
        ],
        "en": [
            ("heading", "Your data is yours"),
            ("paragraph",
             "<p>The law treats you as the subject of your own data. In general terms, you have the "
             "right:</p>"
             "<ul>"
             "<li><b>to know</b> which organisation holds what data about you and for what purpose it is "
             "processed;</li>"
             "<li><b>to access</b> — to request information about your data;</li>"
             "<li><b>to demand correction</b> if the data is wrong or out of date;</li>"
             "<li><b>to demand deletion</b> if the data was collected or is processed in breach of the "
             "law, and in other cases provided by law;</li>"
             "<li><b>to withdraw consent</b>, except where the law restricts this;</li>"
             "<li><b>to defend your rights</b> by turning to the authorised body or to a court.</li>"
             "</ul>"
             "<p>The exact conditions are set out in the law; check the official text on "
             "adilet.zan.kz.</p>"),
            ("key_term", {
                "term": "Withdrawal of consent",
                "definition": "Revoking a permission you gave earlier. After that, except in cases provided "
                              "by law, the organisation must stop collecting and processing your data for "
                              "that purpose.",
            }),
            ("legal_provision", {
                "act": "personal-data",
                "article": "Article 8",
                "excerpt": "A person may withdraw consent to the collection and processing of their personal "
                           "data. However, consent cannot be withdrawn if this contradicts the laws of "
                           "Kazakhstan or if there is an unfulfilled obligation.",
            }),
            ("heading", "How to use your rights"),
            ("paragraph",
             "<ol>"
             "<li>Send a written request to the organisation that holds your data — a bank, a shop, the "
             "owner of an app. State clearly what you want: to see, correct or delete the data, or to "
             "withdraw consent.</li>"
             "<li>Keep copies of your request, the reply and screenshots.</li>"
             "<li>If there is no reply or the refusal is unjustified, file a complaint with the authorised "
             "state body for personal data protection. Check its current name and contact details on "
             "official portals.</li>"
             "<li>If you have suffered harm, you can go to court. In cases provided by law, free legal aid "
             "can help you prepare the documents.</li>"
             "</ol>"),
            ("case", {
                "title": "Calls after a loyalty card",
                "situation": "Yerlan from Karaganda signed up for a shop’s loyalty card and wrote his phone "
                             "number on the form. Now he gets advertising calls not only from that shop but "
                             "also from partner companies he has never heard of.",
                "question": "What can Yerlan do?",
                "answer": "He can ask the shop in writing what data about him it holds and who received it, "
                          "and withdraw his consent to advertising. If his number was passed on without his "
                          "consent, this may be unauthorised processing: then he can complain to the "
                          "authorised body or get a free legal consultation.",
            }),
            ("callout", {
                "kind": "warning",
                "title": "Withdrawing consent does not cancel a debt",
                "text": "If you have an unfulfilled obligation, such as an unpaid loan, withdrawing consent "
                        "may be restricted. But the confidentiality requirement must still be respected.",
            }),
        ],
    },
}


# --------------------------------------------------------------------------------------------
# Lesson 3. AI services and you
# --------------------------------------------------------------------------------------------

LESSON_3 = {
    "slug": "ai-services-and-you",
    "estimated_minutes": 15,
    "skills": ["data.ai-services"],
    "title": {
        "kk": "Жасанды интеллект қызметтері және сіз",
        "ru": "Сервисы искусственного интеллекта и вы",
        "en": "AI services and you",
    },
    "objectives": {
        "kk": [
            "Чат-боттар мен онлайн-кеңесшілердің деректерді қалай пайдаланатынын түсіну",
            "Қазақстандағы сауалнама нәтижелерін түсіндіру",
            "ЕО-ның ЖИ туралы актісі мен GDPR 22-бабын Қазақстан тәсілімен салыстыру",
        ],
        "ru": [
            "Понимать, как чат-боты и онлайн-консультанты используют данные",
            "Объяснять результаты опроса в Казахстане",
            "Сравнивать Акт ЕС об ИИ и статью 22 GDPR с подходом Казахстана",
        ],
        "en": [
            "Understand how chatbots and online consultants use data",
            "Explain the results of the survey in Kazakhstan",
            "Compare the EU AI Act and GDPR Article 22 with Kazakhstan’s approach",
        ],
    },
    "body": {
        "kk": [
            ("heading", "ЖИ күнделікті өмірде"),
            ("paragraph",
             "<p>Чат-боттар, онлайн-кеңесшілер, дауыстық көмекшілер мен ұсыныс жүйелері — жасанды "
             "интеллектінің (ЖИ) күнделікті көріністері. Қазақстанда заңгерлік чат-боттардың пилоттық "
             "жобалары да бар: мысалы, Әділет министрлігінің тәулік бойы жауап беретін заңгерлік чат-боты "
             "және IPrav қосымшасындағы «Айтеке» виртуалды кеңесшісі. Олар тез әрі арзан, бірақ сіз "
             "жазған әрбір сұрақта өзіңіз туралы деректер болуы мүмкін.</p>"
             "<p>Қазақстанда 200 адам қатысқан сауалнама мынаны көрсетті:</p>"
             "<ul>"
             "<li>68%-ы ЖИ қосымшаларын пайдаланады;</li>"
             "<li>тек 23%-ы ЖИ-мен қарым-қатынаста өз құқықтарын біледі;</li>"
             "<li>57%-ы деректер қауіпсіздігіне алаңдайды;</li>"
             "<li>45%-ы алгоритмдердің ашық еместігін атап өтті.</li>"
             "</ul>"),
            ("key_term", {
                "term": "Автоматтандырылған шешім",
                "definition": "Адамның қатысуынсыз, тек алгоритм арқылы қабылданатын шешім: мысалы, "
                              "онлайн-несиеден бас тарту немесе баға белгілеу.",
            }),
            ("heading", "Еуропамен салыстыру"),
            ("paragraph",
             "<p>Еуропалық Одақтың жасанды интеллект туралы регламенті (EU AI Act) ЖИ жүйелерін тәуекел "
             "деңгейіне қарай төрт топқа бөледі:</p>"
             "<ul>"
             "<li><b>тыйым салынған</b> — мысалы, адамдарға әлеуметтік скоринг жүргізу;</li>"
             "<li><b>жоғары тәуекелді</b> — мысалы, биометриялық сәйкестендіру;</li>"
             "<li><b>шектеулі тәуекелді</b> — мысалы, чат-боттар;</li>"
             "<li><b>минималды тәуекелді</b> — қалған қарапайым жүйелердің көбі.</li>"
             "</ul>"
             "<p>Бұл ережелер Қазақстанда тікелей қолданылмайды, бірақ кез келген ЖИ қызметін бағалауға "
             "пайдалы өлшем береді.</p>"),
            ("legal_provision", {
                "act": "eu-ai-act",
                "article": "50-бап",
                "excerpt": "Адамдармен тікелей сөйлесетін ЖИ жүйелері пайдаланушыға оның машинамен "
                           "сөйлесіп отырғанын хабарлауы тиіс, егер бұл жағдайдан анық көрініп тұрмаса.",
            }),
            ("legal_provision", {
                "act": "gdpr",
                "article": "22-бап",
                "excerpt": "Адамға заңдық немесе соған ұқсас елеулі салдар тудыратын, тек автоматтандырылған "
                           "өңдеуге негізделген шешімдерге шектеу қойылады; мұндай шешімге жол берілсе, адамға "
                           "оны адамның қатысуымен қайта қаратуды сұрау, өз пікірін айту және оған дау айту "
                           "мүмкіндігі берілуі тиіс.",
            }),
            ("heading", "Қазақстанның бағыты"),
            ("legal_provision", {
                "act": "ai-concept-592",
                "article": "1-тармақ",
                "excerpt": "Үкімет Жасанды интеллектіні дамытудың 2024–2029 жылдарға арналған тұжырымдамасын "
                           "бекітті; құжат ЖИ-ді қауіпсіз әрі жауапты пайдалануға қолайлы орта құруды "
                           "көздейді.",
            }),
            ("callout", {
                "kind": "info",
                "title": "ЖИ туралы ережелер өзгеріп жатыр",
                "text": "Зерттеу жазылған 2025 жылы Қазақстанда ЖИ туралы арнайы заң әлі қалыптаспаған, тек "
                        "заң жобалары болған. Бүгінгі жағдайды adilet.zan.kz сайтынан тексеріңіз. ЖИ "
                        "қызметі дербес деректерді өңдесе, дербес деректер туралы заң оған да қатысты.",
            }),
            ("case", {
                "title": "Онлайн-несиеден түсініксіз бас тарту",
                "situation": "Павлодарлық Нұрлан банктің мобильдік қосымшасы арқылы несие сұрады. Бірнеше "
                             "секундтан соң «Бас тартылды» деген хабар келді, себебі көрсетілмеді. Ол "
                             "кредиттік тарихы таза екеніне сенімді.",
                "question": "Нұрлан не істей алады?",
                "answer": "Шешімді алгоритм қабылдаған болуы ықтимал. Нұрлан банктен өзі туралы қандай "
                          "деректер пайдаланылғанын жазбаша сұрай алады, ал қате тапса, оны түзетуді талап "
                          "ете алады. Зерттеушілердің пікірінше, Қазақстанда алгоритм ашықтығы туралы "
                          "арнайы талап әзірге жоқ, сондықтан дау туындаса, заң кеңесін алған жөн.",
            }),
        ],
        "ru": [
            ("heading", "ИИ в повседневной жизни"),
            ("paragraph",
             "<p>Чат-боты, онлайн-консультанты, голосовые помощники и рекомендательные системы — "
             "повседневные проявления искусственного интеллекта (ИИ). В Казахстане есть и пилотные проекты "
             "юридических чат-ботов: например, круглосуточный правовой чат-бот Министерства юстиции и "
             "виртуальный консультант «Айтеке» в приложении IPrav. Они быстры и дёшевы, но в каждом вашем "
             "вопросе могут оказаться данные о вас.</p>"
             "<p>Опрос 200 человек в Казахстане показал:</p>"
             "<ul>"
             "<li>68% пользуются приложениями с ИИ;</li>"
             "<li>лишь 23% знают свои права при взаимодействии с ИИ;</li>"
             "<li>57% беспокоятся о безопасности данных;</li>"
             "<li>45% отметили непрозрачность алгоритмов.</li>"
             "</ul>"),
            ("key_term", {
                "term": "Автоматизированное решение",
                "definition": "Решение, принимаемое без участия человека, только алгоритмом: например, "
                              "отказ в онлайн-кредите или установление цены.",
            }),
            ("heading", "Сравнение с Европой"),
            ("paragraph",
             "<p>Регламент Европейского союза об искусственном интеллекте (EU AI Act) делит системы ИИ на "
             "четыре группы по уровню риска:</p>"
             "<ul>"
             "<li><b>запрещённые</b> — например, социальный скоринг людей;</li>"
             "<li><b>высокого риска</b> — например, биометрическая идентификация;</li>"
             "<li><b>ограниченного риска</b> — например, чат-боты;</li>"
             "<li><b>минимального риска</b> — большинство остальных простых систем.</li>"
             "</ul>"
             "<p>В Казахстане эти правила напрямую не действуют, но дают полезную мерку для оценки любого "
             "сервиса ИИ.</p>"),
            ("legal_provision", {
                "act": "eu-ai-act",
                "article": "Статья 50",
                "excerpt": "Системы ИИ, которые напрямую общаются с людьми, должны сообщать пользователю, "
                           "что он общается с машиной, если это не очевидно из обстоятельств.",
            }),
            ("legal_provision", {
                "act": "gdpr",
                "article": "Статья 22",
                "excerpt": "Ограничиваются решения, основанные исключительно на автоматизированной обработке "
                           "и влекущие для человека юридические или сходные существенные последствия; где "
                           "такое решение допускается, человек должен иметь возможность добиться его "
                           "пересмотра человеком, высказать свою позицию и оспорить его.",
            }),
            ("heading", "Курс Казахстана"),
            ("legal_provision", {
                "act": "ai-concept-592",
                "article": "Пункт 1",
                "excerpt": "Правительство утвердило Концепцию развития искусственного интеллекта на "
                           "2024–2029 годы; документ направлен на создание благоприятной среды для "
                           "безопасного и ответственного использования ИИ.",
            }),
            ("callout", {
                "kind": "info",
                "title": "Правила об ИИ меняются",
                "text": "В 2025 году, когда писалось исследование, специального закона об ИИ в Казахстане ещё "
                        "не было, существовали лишь законопроекты. Актуальное положение проверяйте на "
                        "adilet.zan.kz. Если сервис ИИ обрабатывает персональные данные, на него "
                        "распространяется закон о персональных данных.",
            }),
            ("case", {
                "title": "Непонятный отказ в онлайн-кредите",
                "situation": "Нурлан из Павлодара запросил кредит в мобильном приложении банка. Через "
                             "несколько секунд пришло сообщение «Отказано», без объяснения причин. Он "
                             "уверен, что его кредитная история чистая.",
                "question": "Что может сделать Нурлан?",
                "answer": "Вероятно, решение принял алгоритм. Нурлан может письменно спросить банк, какие "
                          "данные о нём использовались, а найдя ошибку, потребовать её исправить. По мнению "
                          "исследователей, в Казахстане пока нет специального требования о прозрачности "
                          "алгоритмов, поэтому при споре стоит получить юридическую консультацию.",
            }),
        ],
        "en": [
            ("heading", "AI in everyday life"),
            ("paragraph",
             "<p>Chatbots, online consultants, voice assistants and recommendation systems are everyday "
             "forms of artificial intelligence (AI). Kazakhstan has pilot legal chatbots too, such as the "
             "Ministry of Justice’s round-the-clock legal chatbot and the “Aiteke” virtual consultant in the "
             "IPrav app. They are quick and cheap, but every question you type may contain data about "
             "you.</p>"
             "<p>A survey of 200 people in Kazakhstan showed that:</p>"
             "<ul>"
             "<li>68% use AI apps;</li>"
             "<li>only 23% know their rights when dealing with AI;</li>"
             "<li>57% worry about data security;</li>"
             "<li>45% pointed to the lack of transparency of algorithms.</li>"
             "</ul>"),
            ("key_term", {
                "term": "Automated decision",
                "definition": "A decision taken without human involvement, by an algorithm alone: for "
                              "example, refusing an online loan or setting a price.",
            }),
            ("heading", "A comparison with Europe"),
            ("paragraph",
             "<p>The European Union’s regulation on artificial intelligence (the EU AI Act) divides AI "
             "systems into four groups by level of risk:</p>"
             "<ul>"
             "<li><b>prohibited</b> — for example, social scoring of people;</li>"
             "<li><b>high-risk</b> — for example, biometric identification;</li>"
             "<li><b>limited-risk</b> — for example, chatbots;</li>"
             "<li><b>minimal-risk</b> — most of the remaining simple systems.</li>"
             "</ul>"
             "<p>These rules do not apply in Kazakhstan directly, but they are a useful yardstick for "
             "judging any AI service.</p>"),
            ("legal_provision", {
                "act": "eu-ai-act",
                "article": "Article 50",
                "excerpt": "AI systems that talk directly with people must let users know that they are "
                           "dealing with a machine, unless this is obvious from the circumstances.",
            }),
            ("legal_provision", {
                "act": "gdpr",
                "article": "Article 22",
                "excerpt": "Decisions based solely on automated processing with legal or similarly significant "
                           "effects on a person are restricted; where such a decision is allowed, the person "
                           "must be able to obtain human review, state their view and contest it.",
            }),
            ("heading", "Kazakhstan’s direction"),
            ("legal_provision", {
                "act": "ai-concept-592",
                "article": "Paragraph 1",
                "excerpt": "The Government approved the Concept for the Development of Artificial "
                           "Intelligence for 2024–2029; the document aims to create a favourable environment "
                           "for the safe and responsible use of AI.",
            }),
            ("callout", {
                "kind": "info",
                "title": "The rules on AI are changing",
                "text": "When the study was written in 2025, Kazakhstan had no special AI law yet, only "
                        "drafts. Check the current position on adilet.zan.kz. If an AI service processes "
                        "personal data, the personal data law applies to it.",
            }),
            ("case", {
                "title": "An unexplained online loan refusal",
                "situation": "Nurlan from Pavlodar applied for a loan in his bank’s mobile app. Seconds "
                             "later a “Refused” message arrived, with no reason given. He is sure his credit "
                             "history is clean.",
                "question": "What can Nurlan do?",
                "answer": "The decision was probably made by an algorithm. Nurlan can ask the bank in writing "
                          "what data about him was used and, if he finds an error, demand its correction. "
                          "Researchers note that Kazakhstan has no special requirement for algorithm "
                          "transparency yet, so in a dispute it is wise to get legal advice.",
            }),
        ],
    },
}


# --------------------------------------------------------------------------------------------
# Lesson 4. How to spot a risky AI service
# --------------------------------------------------------------------------------------------

LESSON_4 = {
    "slug": "spotting-a-risky-ai-service",
    "estimated_minutes": 15,
    "skills": ["data.risky-ai", "data.seek-help"],
    "title": {
        "kk": "Қауіпті ЖИ қызметін қалай тануға болады",
        "ru": "Как распознать рискованный сервис ИИ",
        "en": "How to spot a risky AI service",
    },
    "objectives": {
        "kk": [
            "ЖИ қызметтерінің негізгі тәуекелдерін атау",
            "Тексеру парағы арқылы қызметті бағалау",
            "Қажет кезде адамнан көмек алу жолдарын білу",
        ],
        "ru": [
            "Называть основные риски сервисов ИИ",
            "Оценивать сервис с помощью чек-листа",
            "Знать, как при необходимости получить помощь человека",
        ],
        "en": [
            "Name the main risks of AI services",
            "Assess a service with a checklist",
            "Know how to get help from a person when needed",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Бес негізгі тәуекел"),
            ("paragraph",
             "<ul>"
             "<li><b>Ойдан шығарылған жауаптар.</b> Тілдік модельдер кейде жоқ заңды, бапты не мерзімді "
             "сенімді түрде құрастырып жібереді.</li>"
             "<li><b>Заңгер емес «ЖИ-заңгер».</b> 2025 жылы АҚШ-тың Федералдық сауда комиссиясы (FTC) "
             "өзін «ЖИ-адвокат» деп атаған DoNotPay компаниясына жаңылыстыратын мәлімдемелері үшін айыппұл "
             "салды.</li>"
             "<li><b>Зиянды кеңес.</b> 2023 жылы американдық NEDA ұйымы тамақтану бұзылыстары бар "
             "адамдарға зиянды диеталық кеңес берген «Tessa» чат-ботын тоқтатты.</li>"
             "<li><b>Деректердің жария болуы.</b> Сіз жүктеген мәліметтер сақталып, басқа мақсатқа "
             "пайдаланылуы не ағып кетуі мүмкін.</li>"
             "<li><b>Ашық емес алгоритм.</b> Шешім түсіндірілмесе, қатені дәлелдеу қиын.</li>"
             "</ul>"),
            ("legal_provision", {
                "act": "consumer-protection",
                "article": "1-бап",
                "excerpt": "Заң тауардың, жұмыстың және көрсетілетін қызметтің қауіпсіздігін тұтынушының "
                           "өміріне, денсаулығына немесе мүлкіне зиян келтірудің жол берілмейтін тәуекелінің "
                           "болмауы деп айқындайды.",
            }),
            ("key_term", {
                "term": "Галлюцинация (ЖИ-де)",
                "definition": "ЖИ-дің сенімді естілетін, бірақ жалған жауабы: мысалы, жоқ заң бабына "
                              "сілтеме. Бұл қатерді азайтуға болады, бірақ әзірге толық жою мүмкін емес.",
            }),
            ("case", {
                "title": "Студент чат-боттан кеңес сұрайды",
                "situation": "Алматыда оқитын Дана тегін шетелдік чат-ботқа пәтер иесі кепіл ақшасын "
                             "қайтармай жатқанын жазып, жалдау шартын, өзінің ЖСН-ін және пәтер иесінің "
                             "телефон нөмірін қоса жіберді. Чат-бот сенімді түрде: «Үш күн ішінде "
                             "сотқа жүгініңіз, әйтпесе құқығыңыздан айырыласыз», — деп жауап берді.",
                "question": "Дана қай жерде қателесті және не істегені жөн?",
                "answer": "Ол өзінің де, басқа адамның да дербес деректерін белгісіз қызметке берді, ал "
                          "аты-жөнсіз жалпы сұрақ та жеткілікті еді. «Үш күн» деген мерзім ойдан шығарылған "
                          "болуы мүмкін, өйткені дереккөз көрсетілмеген. Дана университеттің заң "
                          "клиникасына не тегін заң көмегіне жүгінгені дұрыс.",
            }),
            ("heading", "Тексеру парағы"),
            ("paragraph",
             "<ol>"
             "<li>Қызметтің иесі кім? Оның атауы, байланысы және құпиялылық саясаты көрсетілген бе?</li>"
             "<li>Ол өзінің ЖИ екенін ашық айта ма, әлде өзін заңгер етіп көрсете ме?</li>"
             "<li>Жауапта adilet.zan.kz сайтынан тексеруге болатын заңның атауы, нөмірі және бабы бар "
             "ма?</li>"
             "<li>Қажет емес деректерді: контактілерді, ЖСН-ді, құжат суреттерін сұрай ма?</li>"
             "<li>Асығыс төлем жасауға не шешім қабылдауға итермелей ме?</li>"
             "<li>Күрделі жағдайда сізді адамға, мысалы, маманға не заң клиникасына жолдай ма?</li>"
             "</ol>"
             "<p>Күмәнді бір белгінің өзі тоқтап, ойлануға себеп болады.</p>"),
            ("heading", "Адамнан көмек қайдан алуға болады"),
            ("paragraph",
             "<ul>"
             "<li><b>Мемлекет кепілдік берген тегін заң көмегі</b>: заңда көзделген жағдайларда тегін "
             "кеңес, құжат дайындауға көмек және сотта өкілдік; өтінім «E-Заң көмегі» порталы не "
             "«Заң көмегі» қосымшасы арқылы беріледі.</li>"
             "<li><b>1414 анықтама телефоны</b> — тегін заң көмегі жүйесінің бір бөлігі.</li>"
             "<li><b>Университеттердің заң клиникалары</b>: онда заң студенттері оқытушылардың "
             "жетекшілігімен тегін кеңес береді.</li>"
             "</ul>"),
            ("callout", {
                "kind": "warning",
                "title": "Бұл заң кеңесі емес",
                "text": "Нақты дауыңыз болса, білікті заңгерге жүгініңіз. Мемлекет кепілдік берген тегін "
                        "заң көмегі үшін ақша сұралса, бас тартып, бұл туралы хабарлаңыз.",
            }),
        ],
        "ru": [
            ("heading", "Пять главных рисков"),
            ("paragraph",
             "<ul>"
             "<li><b>Выдуманные ответы.</b> Языковые модели иногда уверенно сочиняют несуществующий закон, "
             "статью или срок.</li>"
             "<li><b>«ИИ-юрист», который не юрист.</b> В 2025 году Федеральная торговая комиссия США (FTC) "
             "оштрафовала компанию DoNotPay, называвшую себя «ИИ-адвокатом», за вводящие в заблуждение "
             "заявления.</li>"
             "<li><b>Вредные советы.</b> В 2023 году американская организация NEDA отключила чат-бот "
             "«Tessa», дававший людям с расстройствами пищевого поведения вредные советы о диетах.</li>"
             "<li><b>Утечка данных.</b> Загруженные вами сведения могут храниться, использоваться для "
             "других целей или утечь.</li>"
             "<li><b>Непрозрачный алгоритм.</b> Если решение не объяснено, доказать ошибку трудно.</li>"
             "</ul>"),
            ("legal_provision", {
                "act": "consumer-protection",
                "article": "Статья 1",
                "excerpt": "Закон определяет безопасность товара, работы и услуги как отсутствие "
                           "недопустимого риска причинения вреда жизни, здоровью или имуществу "
                           "потребителя.",
            }),
            ("key_term", {
                "term": "Галлюцинация (у ИИ)",
                "definition": "Убедительно звучащий, но ложный ответ ИИ: например, ссылка на "
                              "несуществующую статью закона. Этот риск можно снизить, но полностью устранить "
                              "его пока нельзя.",
            }),
            ("case", {
                "title": "Студентка спрашивает совета у чат-бота",
                "situation": "Дана, студентка из Алматы, рассказала бесплатному иностранному чат-боту, что "
                             "хозяин квартиры не возвращает ей залог, и приложила договор аренды, свой ИИН и "
                             "номер телефона арендодателя. Чат-бот уверенно ответил: "
                             "«Обратитесь в суд в течение трёх дней, иначе лишитесь своего права».",
                "question": "В чём Дана ошиблась и что ей лучше сделать?",
                "answer": "Она передала свои и чужие персональные данные неизвестному сервису, хотя хватило "
                          "бы общего вопроса без имён. Срок в «три дня» может быть выдуман, ведь источник "
                          "не указан. Дане лучше обратиться в юридическую клинику университета или за "
                          "бесплатной юридической помощью.",
            }),
            ("heading", "Чек-лист"),
            ("paragraph",
             "<ol>"
             "<li>Кто стоит за сервисом? Указаны ли его название, контакты и политика "
             "конфиденциальности?</li>"
             "<li>Говорит ли он открыто, что он — ИИ, или выдаёт себя за юриста?</li>"
             "<li>Есть ли в ответе название, номер и статья закона, которые можно проверить на "
             "adilet.zan.kz?</li>"
             "<li>Запрашивает ли он ненужные данные: контакты, ИИН, фото документов?</li>"
             "<li>Подталкивает ли к поспешной оплате или решению?</li>"
             "<li>Направляет ли в сложной ситуации к человеку, например к специалисту или в юридическую "
             "клинику?</li>"
             "</ol>"
             "<p>Даже один тревожный признак — повод остановиться и подумать.</p>"),
            ("heading", "Где получить помощь человека"),
            ("paragraph",
             "<ul>"
             "<li><b>Гарантированная государством бесплатная юридическая помощь</b>: в случаях, "
             "предусмотренных законом, бесплатная консультация, помощь с документами и представительство в "
             "суде; заявка подаётся через портал «E-Заң көмегі» или приложение «Заң көмегі».</li>"
             "<li><b>Справочный телефон 1414</b> — часть системы бесплатной юридической помощи.</li>"
             "<li><b>Юридические клиники университетов</b>: там студенты-юристы бесплатно консультируют "
             "под руководством преподавателей.</li>"
             "</ul>"),
            ("callout", {
                "kind": "warning",
                "title": "Это не юридическая консультация",
                "text": "Если у вас конкретный спор, обратитесь к квалифицированному юристу. Если за "
                        "гарантированную государством бесплатную юридическую помощь просят деньги, "
                        "откажитесь и сообщите об этом.",
            }),
        ],
        "en": [
            ("heading", "Five main risks"),
            ("paragraph",
             "<ul>"
             "<li><b>Invented answers.</b> Language models sometimes confidently make up laws, articles or "
             "deadlines.</li>"
             "<li><b>An “AI lawyer” that is not a lawyer.</b> In 2025 the US Federal Trade Commission (FTC) "
             "fined DoNotPay, which called itself an “AI lawyer”, for misleading claims.</li>"
             "<li><b>Harmful advice.</b> In 2023 the US organisation NEDA shut down its “Tessa” chatbot, "
             "which had given harmful dieting advice to people with eating disorders.</li>"
             "<li><b>Data leaks.</b> What you upload may be stored, reused or leaked.</li>"
             "<li><b>Opaque algorithms.</b> If a decision is not explained, a mistake is hard to "
             "prove.</li>"
             "</ul>"),
            ("legal_provision", {
                "act": "consumer-protection",
                "article": "Article 1",
                "excerpt": "The Law defines the safety of goods, work and services as the absence of "
                           "unacceptable risk of harm to the consumer’s life, health or property.",
            }),
            ("key_term", {
                "term": "Hallucination (in AI)",
                "definition": "A convincing but false AI answer, such as a reference to a non-existent "
                              "article of law. It can be reduced, but not yet eliminated.",
            }),
            ("case", {
                "title": "A student asks a chatbot for advice",
                "situation": "Dana, a student in Almaty, told a free foreign chatbot that her landlord would "
                             "not return her deposit, attaching the lease, her IIN and the landlord’s phone "
                             "number. The chatbot replied confidently: “Go to court "
                             "within three days, or you lose your right.”",
                "question": "Where did Dana go wrong, and what should she do?",
                "answer": "She gave her own and another person’s personal data to an unknown service, "
                          "although a general question without names would have done. The “three days” "
                          "deadline may be invented, since no source is cited. Dana should turn to a "
                          "university legal clinic or to free legal aid.",
            }),
            ("heading", "Checklist"),
            ("paragraph",
             "<ol>"
             "<li>Who runs the service? Are its name, contacts and privacy policy shown?</li>"
             "<li>Does it say openly that it is AI, or pose as a lawyer?</li>"
             "<li>Does the answer cite a law’s name, number and article you can check on "
             "adilet.zan.kz?</li>"
             "<li>Does it ask for data it does not need: contacts, IIN, document photos?</li>"
             "<li>Does it push you to pay or decide in a hurry?</li>"
             "<li>Does it refer complex cases to a human, such as a specialist or legal clinic?</li>"
             "</ol>"
             "<p>Even one warning sign is a reason to stop and think.</p>"),
            ("heading", "Where to get human help"),
            ("paragraph",
             "<ul>"
             "<li><b>State-guaranteed free legal aid</b>: in cases provided by law, free consultations, "
             "help with documents and court representation, via the “E-Zan komegi” portal or the “Zan "
             "komegi” app.</li>"
             "<li><b>The 1414 helpline</b> — part of the free legal aid system.</li>"
             "<li><b>University legal clinics</b>, where law students advise for free under teachers’ "
             "supervision.</li>"
             "</ul>"),
            ("callout", {
                "kind": "warning",
                "title": "This is not legal advice",
                "text": "For a specific dispute, consult a qualified lawyer. If asked to pay for "
                        "state-guaranteed free legal aid, refuse and report it.",
            }),
        ],
    },
}


COURSE = {
    "slug": "personal-data-and-ai",
    "topic": "data-ai",
    "level": "intermediate",
    "skills": [s["code"] for s in SKILLS],
    "title": {
        "kk": "Дербес деректер және жасанды интеллект: келісім, құқықтарыңыз, қауіпті ЖИ қызметін тану",
        "ru": "Персональные данные и ИИ: согласие, ваши права, как распознать рискованный ИИ-сервис",
        "en": "Personal data and AI: consent, your rights, spotting a risky AI service",
    },
    "summary": {
        "kk": "Курс дербес деректердің не екенін, келісімнің мәнін және өз деректеріңізге қатысты "
              "құқықтарыңызды түсіндіреді. Сонымен қатар ЖИ қызметтерін қауіпсіз пайдалануға және қауіпті "
              "чат-ботты тексеру парағы арқылы тануға үйретеді.",
        "ru": "Курс объясняет, что такое персональные данные, в чём смысл согласия и какие у вас есть права "
              "в отношении своих данных. Кроме того, он учит безопасно пользоваться сервисами ИИ и "
              "распознавать рискованный чат-бот с помощью чек-листа.",
        "en": "The course explains what personal data is, what consent means and what rights you have over "
              "your data. It also teaches you to use AI services safely and to spot a risky chatbot with a "
              "checklist.",
    },
    "audience": {
        "kk": "Смартфон мен онлайн-қызметтерді, соның ішінде чат-боттарды пайдаланатын және өз деректерін "
              "қорғағысы келетін кез келген адамға арналған.",
        "ru": "Для всех, кто пользуется смартфоном и онлайн-сервисами, в том числе чат-ботами, и хочет "
              "защитить свои данные.",
        "en": "For anyone who uses a smartphone and online services, including chatbots, and wants to "
              "protect their data.",
    },
    "prerequisites": {
        "kk": "Арнайы дайындық қажет емес; смартфонды пайдалана білу жеткілікті.",
        "ru": "Специальной подготовки не требуется; достаточно уметь пользоваться смартфоном.",
        "en": "No special preparation is needed; being able to use a smartphone is enough.",
    },
    "lessons": [LESSON_1, LESSON_2, LESSON_3, LESSON_4],
}
