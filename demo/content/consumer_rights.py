"""Demo course: consumer rights and how to claim them (kk source, ru and en translations).

Facts come from shared/DOMAIN.md and from the general, well-known structure of Law No. 274-IV;
exact time limits are deliberately left to the current text of the law on adilet.zan.kz.
"""

SKILLS = [
    {
        "code": "consumer.rights-basics",
        "name": {
            "kk": "Тұтынушының негізгі құқықтарын білу",
            "ru": "Знание основных прав потребителя",
            "en": "Knowing basic consumer rights",
        },
    },
    {
        "code": "consumer.return-goods",
        "name": {
            "kk": "Ақаулы тауарды қайтару және ауыстыру",
            "ru": "Возврат и обмен товара с недостатками",
            "en": "Returning and exchanging faulty goods",
        },
    },
    {
        "code": "consumer.written-claim",
        "name": {
            "kk": "Сатушыға жазбаша талап (претензия) жазу",
            "ru": "Составление письменной претензии продавцу",
            "en": "Writing a written claim to the seller",
        },
    },
    {
        "code": "consumer.complaint-routes",
        "name": {
            "kk": "Шағым мен көмек алу жолдарын таңдау",
            "ru": "Выбор пути для жалобы и получения помощи",
            "en": "Choosing where to complain and get help",
        },
    },
    {
        "code": "consumer.online-and-ai",
        "name": {
            "kk": "Онлайн сауда мен ЖИ қызметтеріндегі тәуекелдерді тану",
            "ru": "Распознавание рисков онлайн-покупок и ИИ-сервисов",
            "en": "Spotting risks in online shopping and AI services",
        },
    },
]


LESSON_RIGHTS = {
    "slug": "basic-consumer-rights",
    "estimated_minutes": 12,
    "skills": ["consumer.rights-basics"],
    "title": {
        "kk": "Тұтынушы ретіндегі негізгі құқықтарыңыз",
        "ru": "Ваши основные права потребителя",
        "en": "Your basic rights as a consumer",
    },
    "objectives": {
        "kk": [
            "Тұтынушы, сатушы және орындаушы ұғымдарын ажырату.",
            "Ақпарат, қауіпсіздік, сапа және зиянның өтелуі құқықтарының мәнін түсіндіру.",
            "Құқық бұзылғанда жасалатын алғашқы қадамдарды атау.",
        ],
        "ru": [
            "Различать понятия «потребитель», «продавец» и «исполнитель».",
            "Объяснять суть прав на информацию, безопасность, качество и возмещение вреда.",
            "Называть первые шаги при нарушении прав.",
        ],
        "en": [
            "Tell apart a consumer, a seller and a service provider.",
            "Explain the rights to information, safety, quality and compensation.",
            "Name the first steps to take when your rights are breached.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Тұтынушы деген кім?"),
            (
                "paragraph",
                "<p>Күнделікті өмірде әрқайсымыз тұтынушымыз: дүкеннен нан аламыз, ұялы байланысқа ақы "
                "төлейміз, шаштаразға барамыз. Тауарды немесе қызметті кәсіпкерлік үшін емес, өз басымыздың, "
                "отбасымыздың не үй шаруасының қажеті үшін алғанда, біз тұтынушы ретінде заңның "
                "қорғауындамыз. Бұл саладағы негізгі құжат — 2010 жылғы 4 мамырдағы № 274-IV "
                "«Тұтынушылардың құқықтарын қорғау туралы» Қазақстан Республикасының Заңы.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Тұтынушы",
                    "definition": "Тауарды, жұмысты немесе қызметті кәсіпкерлікке байланысы жоқ жеке, "
                    "отбасылық не тұрмыстық қажеттілігі үшін сатып алатын, тапсырыс беретін немесе "
                    "пайдаланатын азамат. Оған тауар сататын тарап сатушы деп, ал жұмыс атқаратын не "
                    "қызмет көрсететін тарап орындаушы деп аталады.",
                },
            ),
            ("heading", "Төрт негізгі құқық"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Ақпарат алу құқығы.</b> Сатушы тауардың бағасы, құрамы, жарамдылық мерзімі, қолдану "
                "тәртібі мен кепілдігі туралы толық әрі шынайы мәлімет беруге міндетті. Бұл ақпарат қазақ "
                "және орыс тілдерінде берілуге тиіс.</li>"
                "<li><b>Қауіпсіздік құқығы.</b> Дұрыс пайдаланылған тауар мен қызмет адамның өміріне, "
                "денсаулығына, мүлкіне және қоршаған ортаға зиян келтірмеуге тиіс.</li>"
                "<li><b>Сапа құқығы.</b> Сізге шартқа, міндетті талаптарға және сатушы жариялаған "
                "сипаттамаға сай келетін тауар не қызмет берілуі керек.</li>"
                "<li><b>Зиянның өтелуіне құқық.</b> Тауардың не қызметтің кемшілігінен келген зиян мен "
                "шығынды өтеуді талап етуге болады.</li>"
                "</ul>"
                "<p>Бұған қоса, тұтынушы тауарды еркін таңдауға, сатып алуды растайтын құжат алуға және өз "
                "құқығын сотта қорғауға құқылы.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "1-бап",
                    "excerpt": "Заң кемшілік деп тауардың, жұмыстың не қызметтің міндетті талаптарға, шарт "
                    "ережелеріне немесе сатушы берген ақпаратқа сәйкес келмеуін атайды. Қауіпсіздік — "
                    "тауарды қалыпты жағдайда пайдаланғанда адамның өміріне, денсаулығына және мүлкіне "
                    "жол берілмейтін қатердің болмауы.",
                },
            ),
            (
                "case",
                {
                    "title": "Павлодардағы жылытқыш",
                    "situation": "Әсел Павлодардағы дүкеннен электр жылытқыш сатып алды. Қорапта тек шетел "
                    "тіліндегі нұсқаулық бар екен. Алғаш қосқанда құрылғыдан күйік иісі шығып, сымы қатты "
                    "қызып кетті.",
                    "question": "Әселдің қандай құқықтары бұзылуы мүмкін және ол алдымен не істегені жөн?",
                    "answer": "Мұнда ақпарат алу құқығы (қазақ не орыс тіліндегі нұсқаулық жоқ) мен "
                    "қауіпсіздік құқығы бұзылуы мүмкін. Әсел құрылғыны бірден электр желісінен ажыратып, "
                    "оны пайдалануды тоқтатуы керек. Ол чекті, қорапты, ақаудың суреті мен видеосын "
                    "сақтап, сатушыға жазбаша талап береді.",
                },
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "16-бап",
                    "excerpt": "Тауардың, жұмыстың не қызметтің кемшілігінен тұтынушының өміріне, "
                    "денсаулығына немесе мүлкіне келген зиян толық көлемде өтелуге тиіс. Бұл құқық "
                    "сатушының кінәсіне де, тұтынушының онымен шарт жасасқан-жасаспағанына да байланысты "
                    "емес.",
                },
            ),
            ("heading", "Құқығыңыз бұзылса"),
            (
                "paragraph",
                "<ol>"
                "<li>Ақаулы немесе қауіпті тауарды пайдалануды тоқтатыңыз.</li>"
                "<li>Чекті, кепілдік талонын, қорапты және жарнамадағы уәделердің скриншотын "
                "сақтаңыз.</li>"
                "<li>Сатушыға сабырмен, бірақ жазбаша түрде жүгініңіз.</li>"
                "</ol>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Бұл — заң кеңесі емес",
                    "text": "Сабақ жалпы құқықтық сауаттылыққа арналған. Заң мәтіні өзгеріп отырады, "
                    "сондықтан нақты жағдайда заңның қолданыстағы редакциясын adilet.zan.kz сайтынан "
                    "тексеріп, маманмен кеңескен жөн.",
                },
            ),
        ],
        "ru": [
            ("heading", "Кто такой потребитель?"),
            (
                "paragraph",
                "<p>В повседневной жизни каждый из нас — потребитель: мы покупаем хлеб, платим за мобильную "
                "связь, ходим в парикмахерскую. Когда мы приобретаем товар или услугу не для "
                "предпринимательства, а для личных, семейных или домашних нужд, нас как потребителей "
                "защищает закон. Главный документ в этой сфере — Закон Республики Казахстан «О защите прав "
                "потребителей» от 4 мая 2010 года № 274-IV.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Потребитель",
                    "definition": "Гражданин, который покупает, заказывает или использует товар, работу или "
                    "услугу для личных, семейных или бытовых нужд, не связанных с предпринимательством. "
                    "Сторона, которая продаёт ему товар, называется продавцом, а сторона, которая "
                    "выполняет работу или оказывает услугу, — исполнителем.",
                },
            ),
            ("heading", "Четыре основных права"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Право на информацию.</b> Продавец обязан предоставить полные и достоверные сведения "
                "о цене, составе, сроке годности, правилах использования и гарантии. Эта информация "
                "должна быть на казахском и русском языках.</li>"
                "<li><b>Право на безопасность.</b> Товар и услуга при правильном использовании не должны "
                "причинять вред жизни, здоровью, имуществу человека и окружающей среде.</li>"
                "<li><b>Право на качество.</b> Вам должны передать товар или оказать услугу, "
                "соответствующие договору, обязательным требованиям и заявленному продавцом "
                "описанию.</li>"
                "<li><b>Право на возмещение вреда.</b> Можно требовать возмещения вреда и убытков, "
                "причинённых недостатками товара или услуги.</li>"
                "</ul>"
                "<p>Кроме того, потребитель вправе свободно выбирать товар, получать документ, "
                "подтверждающий покупку, и защищать свои права в суде.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Статья 1",
                    "excerpt": "Закон называет недостатком несоответствие товара, работы или услуги "
                    "обязательным требованиям, условиям договора или информации, предоставленной "
                    "продавцом. Безопасность — это отсутствие недопустимого риска для жизни, здоровья и "
                    "имущества человека при обычном использовании товара.",
                },
            ),
            (
                "case",
                {
                    "title": "Обогреватель из Павлодара",
                    "situation": "Асель купила электрический обогреватель в магазине в Павлодаре. В коробке "
                    "оказалась только инструкция на иностранном языке. При первом включении от прибора "
                    "пошёл запах гари, а провод сильно нагрелся.",
                    "question": "Какие права Асель могли быть нарушены и что ей стоит сделать в первую "
                    "очередь?",
                    "answer": "Здесь могут быть нарушены право на информацию (нет инструкции на казахском "
                    "или русском языке) и право на безопасность. Асель следует сразу отключить прибор от "
                    "сети и прекратить им пользоваться. Она сохраняет чек, коробку, фото и видео "
                    "неисправности и подаёт продавцу письменную претензию.",
                },
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Статья 16",
                    "excerpt": "Вред, причинённый жизни, здоровью или имуществу потребителя из-за "
                    "недостатков товара, работы или услуги, подлежит возмещению в полном объёме. Это "
                    "право не зависит ни от вины продавца, ни от того, заключал ли потребитель с ним "
                    "договор.",
                },
            ),
            ("heading", "Если ваши права нарушены"),
            (
                "paragraph",
                "<ol>"
                "<li>Прекратите пользоваться неисправным или опасным товаром.</li>"
                "<li>Сохраните чек, гарантийный талон, коробку и скриншоты рекламных обещаний.</li>"
                "<li>Обратитесь к продавцу спокойно, но в письменной форме.</li>"
                "</ol>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Это не юридическая консультация",
                    "text": "Урок предназначен для общей правовой грамотности. Текст закона время от "
                    "времени меняется, поэтому в конкретной ситуации проверьте действующую редакцию на "
                    "сайте adilet.zan.kz и посоветуйтесь со специалистом.",
                },
            ),
        ],
        "en": [
            ("heading", "Who is a consumer?"),
            (
                "paragraph",
                "<p>In everyday life each of us is a consumer: we buy bread, pay for mobile service and go "
                "to the hairdresser. When we acquire goods or services not for business but for personal, "
                "family or household needs, the law protects us as consumers. The main document in this "
                "area is the Law of the Republic of Kazakhstan No. 274-IV “On Consumer Protection” of "
                "4 May 2010.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Consumer",
                    "definition": "A citizen who buys, orders or uses goods, work or services for personal, "
                    "family or household needs not connected with business. The party that sells the "
                    "goods is the seller; the party that does the work or provides the service is the "
                    "service provider.",
                },
            ),
            ("heading", "Four basic rights"),
            (
                "paragraph",
                "<ul>"
                "<li><b>The right to information.</b> The seller must give full and truthful details about "
                "the price, composition, shelf life, rules of use and warranty. This information must be "
                "provided in Kazakh and Russian.</li>"
                "<li><b>The right to safety.</b> Goods and services used properly must not harm a "
                "person’s life, health or property, or the environment.</li>"
                "<li><b>The right to quality.</b> You must receive goods or services that match the "
                "contract, mandatory requirements and the description the seller announced.</li>"
                "<li><b>The right to compensation.</b> You can demand compensation for harm and losses "
                "caused by defects in goods or services.</li>"
                "</ul>"
                "<p>In addition, a consumer has the right to choose goods freely, to receive a document "
                "confirming the purchase and to defend their rights in court.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Article 1",
                    "excerpt": "The law calls a defect any mismatch between goods, work or a service and "
                    "mandatory requirements, the terms of the contract or the information given by the "
                    "seller. Safety means the absence of an unacceptable risk to a person’s life, health "
                    "and property when the goods are used normally.",
                },
            ),
            (
                "case",
                {
                    "title": "A heater from Pavlodar",
                    "situation": "Assel bought an electric heater from a shop in Pavlodar. The box contained "
                    "only a manual in a foreign language. When she first switched it on, the device gave "
                    "off a burning smell and the cord became very hot.",
                    "question": "Which of Assel’s rights may have been breached, and what should she do "
                    "first?",
                    "answer": "Her right to information (there is no manual in Kazakh or Russian) and her "
                    "right to safety may have been breached. Assel should unplug the device at once and "
                    "stop using it. She keeps the receipt, the box, and photos and video of the fault, "
                    "and gives the seller a written claim.",
                },
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Article 16",
                    "excerpt": "Harm caused to a consumer’s life, health or property by defects in goods, "
                    "work or services must be compensated in full. This right does not depend on the "
                    "seller’s fault or on whether the consumer had a contract with the seller.",
                },
            ),
            ("heading", "If your rights are breached"),
            (
                "paragraph",
                "<ol>"
                "<li>Stop using the faulty or dangerous item.</li>"
                "<li>Keep the receipt, the warranty card, the box and screenshots of the advertising "
                "promises.</li>"
                "<li>Contact the seller calmly, but in writing.</li>"
                "</ol>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "This is not legal advice",
                    "text": "This lesson is for general legal literacy. The text of the law changes from "
                    "time to time, so in a real situation check the current version on adilet.zan.kz and "
                    "consult a specialist.",
                },
            ),
        ],
    },
}


LESSON_RETURNS = {
    "slug": "faulty-goods-returns-and-exchanges",
    "estimated_minutes": 14,
    "skills": ["consumer.return-goods"],
    "title": {
        "kk": "Ақаулы тауар мен сапасыз қызмет: қайтару және ауыстыру",
        "ru": "Товар с недостатками и некачественная услуга: возврат и обмен",
        "en": "Faulty goods and poor services: returns and exchanges",
    },
    "objectives": {
        "kk": [
            "Ақаулы тауар не сапасыз қызмет бойынша қандай талап қоюға болатынын білу.",
            "Дауға қажет дәлелдерді жинап, сақтау.",
            "Талап қою мерзімдерін заң белгілейтінін және оларды қайдан тексеруге болатынын түсіну.",
        ],
        "ru": [
            "Знать, какие требования можно предъявить по товару с недостатками или некачественной услуге.",
            "Собирать и сохранять доказательства для спора.",
            "Понимать, что сроки для требований устанавливает закон, и знать, где их проверить.",
        ],
        "en": [
            "Know which demands you can make about faulty goods or a poor service.",
            "Collect and keep the evidence you need for a dispute.",
            "Understand that the law sets the periods for claims, and know where to check them.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Алдымен дәлелдерді сақтаңыз"),
            (
                "paragraph",
                "<p>Дау туындағанда сөзден гөрі құжаттың салмағы ауыр. Сондықтан сатып алған сәттен бастап "
                "мыналарды сақтап қойыңыз:</p>"
                "<ul>"
                "<li>кассалық чек немесе түбіртек (картамен төлесеңіз — банктен үзінді көшірме);</li>"
                "<li>кепілдік талоны, шарт және пайдалану нұсқаулығы;</li>"
                "<li>тауардың қорабы мен жапсырмалары;</li>"
                "<li>ақаудың суреті, видеосы және оның қашан білінгені туралы жазба;</li>"
                "<li>сатушымен хат алмасу мен хабарламалардың скриншоттары.</li>"
                "</ul>"
                "<p>Чек жоғалып кетсе, үмітіңізді үзбеңіз: сатып алғаныңызды банк үзінді көшірмесі немесе "
                "қосымшадағы тапсырыс тарихы арқылы дәлелдеуге тырысуға болады.</p>",
            ),
            ("heading", "Ақау табылса, қандай таңдау бар?"),
            (
                "paragraph",
                "<p>Тауардан кемшілік шықса, заң тұтынушыға бірнеше жол ұсынады. Әдетте тұтынушы мыналардың "
                "бірін таңдайды:</p>"
                "<ul>"
                "<li>ақауды тегін жөндету;</li>"
                "<li>тауарды дәл сондай жаңасына ауыстыру;</li>"
                "<li>басқа үлгіге ауыстырып, бағасын қайта есептеу;</li>"
                "<li>бағаны тиісінше төмендету;</li>"
                "<li>шартты бұзып, төленген ақшаны қайтарып алу.</li>"
                "</ul>"
                "<p>Сапасыз көрсетілген қызметке де осыған ұқсас ереже қолданылады: орындаушыдан кемшілікті "
                "тегін түзетуді, бағаны азайтуды немесе ақшаны қайтаруды талап етуге болады. Нақты таңдау "
                "ақаудың түріне, тауардың санатына және кепілдік мерзіміне байланысты.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Кепілдік мерзімі",
                    "definition": "Тауар дұрыс пайдаланылып, дұрыс сақталған жағдайда сатушы (дайындаушы, "
                    "орындаушы) оның сапасына кепілдік беретін уақыт кезеңі.",
                },
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "17-бап",
                    "excerpt": "Заң тұтынушы тауардағы кемшіліктерге қатысты талаптарын қоя алатын "
                    "мерзімдерді белгілейді. Бұл мерзімдер тауарға белгіленген кепілдік, жарамдылық "
                    "немесе қызмет ету мерзіміне қарай есептеледі.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Мерзімді өткізіп алмаңыз",
                    "text": "Талап қою мерзімдерін заң белгілейді және олар тауардың түріне қарай әртүрлі. "
                    "Ақауды байқаған бойда сатушыға жүгініңіз, ал нақты мерзімді adilet.zan.kz сайтындағы "
                    "заңның қолданыстағы мәтінінен тексеріңіз.",
                },
            ),
            (
                "case",
                {
                    "title": "Ауылдағы кір жуғыш машина",
                    "situation": "Гүлнар Түркістан облысындағы ауылда тұрады. Ол Шымкенттегі дүкеннен "
                    "жеткізу қызметімен кір жуғыш машина сатып алып, кепілдік талонын алды. Екі аптадан "
                    "кейін машина суды ағызбай, жуудың ортасында тоқтап қала беретін болды. Дүкен: "
                    "«Ауылға шебер жібере алмаймыз», — деп жауап берді.",
                    "question": "Гүлнар не талап ете алады және қалай әрекет еткені жөн?",
                    "answer": "Ақау кепілдік мерзімі ішінде шықты, сондықтан Гүлнар тегін жөндеуді, "
                    "машинаны ауыстыруды немесе ақшаны қайтаруды талап ете алады. Ол ақауды видеоға "
                    "түсіріп, чек пен кепілдік талонын сақтайды және дүкенге жазбаша талап жібереді. "
                    "Ауыл алыс болғандықтан, машинаны тексеруге қалай жеткізу керегін сатушымен жазбаша "
                    "келіскен дұрыс.",
                },
            ),
            ("heading", "Сапалы, бірақ ұнамай қалған тауар"),
            (
                "paragraph",
                "<p>Кейде тауарда ешқандай ақау жоқ, бірақ өлшемі, түсі не үлгісі келмейді. Мұндай жағдайда "
                "да заң белгілі бір шарттармен тауарды айырбастауға немесе қайтаруға мүмкіндік береді.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "30-бап",
                    "excerpt": "Азық-түлікке жатпайтын сапалы тауар пайдаланылмаса, оның тауарлық түрі, "
                    "пломбалары мен жапсырмалары сақталса және сатып алуды растайтын құжат болса, сатушы "
                    "оны заңда белгіленген мерзім ішінде айырбастауға немесе қайтаруға міндетті. Дәрі-"
                    "дәрмек, іш киім сияқты кейбір тауарларға бұл ереже қолданылмайды.",
                },
            ),
        ],
        "ru": [
            ("heading", "Сначала сохраните доказательства"),
            (
                "paragraph",
                "<p>В споре документ весит больше, чем слова. Поэтому с момента покупки сохраняйте:</p>"
                "<ul>"
                "<li>кассовый чек или квитанцию (при оплате картой — выписку из банка);</li>"
                "<li>гарантийный талон, договор и инструкцию по эксплуатации;</li>"
                "<li>коробку и ярлыки товара;</li>"
                "<li>фото и видео неисправности и запись о том, когда она проявилась;</li>"
                "<li>переписку с продавцом и скриншоты сообщений.</li>"
                "</ul>"
                "<p>Если чек потерялся, не сдавайтесь: покупку можно попытаться подтвердить банковской "
                "выпиской или историей заказов в приложении.</p>",
            ),
            ("heading", "Какой выбор есть, если обнаружен недостаток?"),
            (
                "paragraph",
                "<p>Если в товаре обнаружился недостаток, закон даёт потребителю несколько путей. Обычно "
                "потребитель выбирает одно из следующего:</p>"
                "<ul>"
                "<li>бесплатный ремонт;</li>"
                "<li>замену на точно такой же новый товар;</li>"
                "<li>замену на другую модель с перерасчётом цены;</li>"
                "<li>соразмерное уменьшение цены;</li>"
                "<li>расторжение договора и возврат уплаченных денег.</li>"
                "</ul>"
                "<p>К некачественно оказанной услуге применяется похожее правило: от исполнителя можно "
                "требовать бесплатно устранить недостатки, снизить цену или вернуть деньги. Конкретный "
                "выбор зависит от вида недостатка, категории товара и гарантийного срока.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Гарантийный срок",
                    "definition": "Период, в течение которого продавец (изготовитель, исполнитель) "
                    "гарантирует качество товара при условии его правильного использования и хранения.",
                },
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Статья 17",
                    "excerpt": "Закон устанавливает сроки, в течение которых потребитель может предъявить "
                    "требования по поводу недостатков товара. Эти сроки исчисляются в зависимости от "
                    "установленного на товар гарантийного срока, срока годности или срока службы.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Не пропустите срок",
                    "text": "Сроки предъявления требований устанавливает закон, и они зависят от вида "
                    "товара. Обращайтесь к продавцу сразу, как заметили недостаток, а точный срок "
                    "проверьте в действующем тексте закона на сайте adilet.zan.kz.",
                },
            ),
            (
                "case",
                {
                    "title": "Стиральная машина в ауле",
                    "situation": "Гульнар живёт в ауле Туркестанской области. Она купила в магазине в "
                    "Шымкенте стиральную машину с доставкой и получила гарантийный талон. Через две "
                    "недели машина перестала сливать воду и начала останавливаться посреди стирки. "
                    "Магазин ответил: «Мастера в аул мы отправить не можем».",
                    "question": "Что может потребовать Гульнар и как ей лучше действовать?",
                    "answer": "Недостаток проявился в течение гарантийного срока, поэтому Гульнар может "
                    "требовать бесплатного ремонта, замены машины или возврата денег. Она снимает "
                    "неисправность на видео, сохраняет чек и гарантийный талон и направляет магазину "
                    "письменную претензию. Поскольку аул далеко, лучше письменно согласовать с продавцом, "
                    "как доставить машину на проверку.",
                },
            ),
            ("heading", "Качественный товар, который не подошёл"),
            (
                "paragraph",
                "<p>Иногда в товаре нет никакого недостатка, но не подошли размер, цвет или фасон. И в "
                "этом случае закон на определённых условиях позволяет обменять или вернуть товар.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Статья 30",
                    "excerpt": "Если непродовольственный товар надлежащего качества не был в употреблении, "
                    "сохранены его товарный вид, пломбы и ярлыки и есть документ о покупке, продавец "
                    "обязан обменять его или принять обратно в установленный законом срок. На некоторые "
                    "товары, например лекарства и нательное бельё, это правило не распространяется.",
                },
            ),
        ],
        "en": [
            ("heading", "First, keep the evidence"),
            (
                "paragraph",
                "<p>In a dispute, documents carry more weight than words. So from the moment of purchase, "
                "keep:</p>"
                "<ul>"
                "<li>the till receipt or invoice (if you paid by card, a bank statement);</li>"
                "<li>the warranty card, the contract and the user manual;</li>"
                "<li>the box and the labels;</li>"
                "<li>photos and video of the fault, and a note of when it appeared;</li>"
                "<li>your correspondence with the seller and screenshots of messages.</li>"
                "</ul>"
                "<p>If you have lost the receipt, do not give up: you can try to prove the purchase with a "
                "bank statement or the order history in an app.</p>",
            ),
            ("heading", "What are your options if there is a defect?"),
            (
                "paragraph",
                "<p>If goods turn out to be defective, the law gives the consumer several routes. Usually "
                "the consumer chooses one of the following:</p>"
                "<ul>"
                "<li>free repair;</li>"
                "<li>replacement with an identical new item;</li>"
                "<li>replacement with a different model, with the price recalculated;</li>"
                "<li>a proportionate price reduction;</li>"
                "<li>cancelling the contract and getting the money back.</li>"
                "</ul>"
                "<p>A similar rule applies to a poorly performed service: you can ask the provider to fix "
                "the defects free of charge, lower the price or refund the money. The exact choice "
                "depends on the type of defect, the category of goods and the warranty period.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Warranty period",
                    "definition": "The period during which the seller (manufacturer, service provider) "
                    "guarantees the quality of the goods, provided they are used and stored properly.",
                },
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Article 17",
                    "excerpt": "The law sets the periods within which a consumer may make claims about "
                    "defects in goods. These periods are counted according to the warranty period, shelf "
                    "life or service life set for the goods.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Do not miss the deadline",
                    "text": "The periods for making claims are set by law and differ by type of goods. "
                    "Contact the seller as soon as you notice a defect, and check the exact period in the "
                    "current text of the law on adilet.zan.kz.",
                },
            ),
            (
                "case",
                {
                    "title": "A washing machine in a village",
                    "situation": "Gulnar lives in a village in Turkistan region. She bought a washing "
                    "machine with delivery from a shop in Shymkent and received a warranty card. Two weeks "
                    "later the machine stopped draining water and kept stopping in the middle of a wash. "
                    "The shop replied: “We cannot send a technician out to the village.”",
                    "question": "What can Gulnar demand, and how should she act?",
                    "answer": "The defect appeared within the warranty period, so Gulnar can demand free "
                    "repair, a replacement machine or a refund. She films the fault, keeps the receipt and "
                    "the warranty card and sends the shop a written claim. As the village is far away, she "
                    "should agree with the seller in writing on how the machine will be brought in for "
                    "inspection.",
                },
            ),
            ("heading", "Good-quality goods that did not suit you"),
            (
                "paragraph",
                "<p>Sometimes there is nothing wrong with an item, but the size, colour or style does not "
                "suit you. Here too the law allows you, under certain conditions, to exchange or return "
                "it.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Article 30",
                    "excerpt": "If non-food goods of proper quality have not been used, their appearance, "
                    "seals and labels are intact and there is a document proving the purchase, the seller "
                    "must exchange them or take them back within the period set by law. The rule does not "
                    "apply to certain goods, such as medicines and underwear.",
                },
            ),
        ],
    },
}


LESSON_CLAIM = {
    "slug": "writing-a-claim-to-the-seller",
    "estimated_minutes": 15,
    "skills": ["consumer.written-claim"],
    "title": {
        "kk": "Сатушыға жазбаша талап (претензия) жазу",
        "ru": "Письменная претензия продавцу",
        "en": "Writing a claim (pretension) to the seller",
    },
    "objectives": {
        "kk": [
            "Жазбаша талаптың не үшін қажет екенін түсіндіру.",
            "Талапты қадам бойынша құрастыру.",
            "Талаптың сатушыға тапсырылғанын дәлелдейтін тәсілді таңдау.",
        ],
        "ru": [
            "Объяснять, зачем нужна письменная претензия.",
            "Составлять претензию шаг за шагом.",
            "Выбирать способ, который подтвердит, что претензия вручена продавцу.",
        ],
        "en": [
            "Explain why a written claim is needed.",
            "Draft a claim step by step.",
            "Choose a way of delivery that proves the seller received the claim.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Неге жазбаша?"),
            (
                "paragraph",
                "<p>Ауызша дау көбіне «біз естімедік», «сіз келген жоқсыз» деген сөздермен аяқталады. "
                "Жазбаша талап (претензия) сатушыға ресми түрде жүгінгеніңізді, нені және қашан талап "
                "еткеніңізді көрсетеді. Кейін уәкілетті органға немесе сотқа барсаңыз, бұл құжат маңызды "
                "дәлелге айналады. Көп жағдайда дау осы кезеңде-ақ шешіледі.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Претензия (жазбаша талап)",
                    "definition": "Тұтынушының бұзылған құқығын сотқа бармай қалпына келтіру үшін сатушыға "
                    "немесе орындаушыға жолдаған жазбаша өтініші. Онда мән-жай, дәлелдер және нақты "
                    "талап көрсетіледі.",
                },
            ),
            ("heading", "Талапты қадам бойынша жазу"),
            (
                "paragraph",
                "<ol>"
                "<li><b>Кімге:</b> дүкеннің немесе компанияның толық атауы мен мекенжайы (оларды чектен не "
                "сайттан табуға болады).</li>"
                "<li><b>Кімнен:</b> аты-жөніңіз, мекенжайыңыз, телефоныңыз.</li>"
                "<li><b>Мән-жайы:</b> не, қашан және қанша бағаға сатып алынғаны; ақаудың қашан және "
                "қалай білінгені.</li>"
                "<li><b>Талабыңыз:</b> жөндеу, ауыстыру, бағаны төмендету немесе ақшаны қайтару — "
                "осылардың бірі.</li>"
                "<li><b>Қосымшалар:</b> чектің, кепілдік талонының көшірмелері, суреттер.</li>"
                "<li><b>Күні мен қолыңыз.</b></li>"
                "</ol>"
                "<p>Талапты екі дана етіп жасаңыз. Екінші данаға сатушыдан қабылдаған күнін, қызметкердің "
                "аты-жөнін жазып, қол қоюын сұраңыз. Қабылдаудан бас тартса, талапты хабарламасы бар "
                "тапсырыс хатпен немесе сатушының ресми электрондық поштасы арқылы жіберіңіз.</p>",
            ),
            (
                "case",
                {
                    "title": "Шымкенттегі смартфон",
                    "situation": "Ерлан Шымкенттегі сауда орталығынан кепілдігі бар смартфон сатып алды. "
                    "Бір айдан кейін экран жыпылықтап, телефон өздігінен сөне бастады. Сатушы: «Өзіңіз "
                    "құлатқан боларсыз, жөндеу ақылы», — деді. Алайда телефонда соққының ешқандай ізі "
                    "жоқ.",
                    "question": "Ерлан талапты қалай құрастырғаны дұрыс?",
                    "answer": "Ерлан талапта дүкеннің атауын, сатып алған күнін, бағасын және чектің "
                    "нөмірін көрсетеді. Ақаудың белгілерін сипаттап, телефонда механикалық зақым жоқ "
                    "екенін жазады әрі оны видеоға түсіріп алады. Содан кейін бір нақты талап қояды, "
                    "мысалы, телефонды жаңасына ауыстыруды сұрайды. Кепілдік мерзімі ішінде ақаудың "
                    "тұтынушы кінәсінен болғанын әдетте сатушы дәлелдеуге тиіс екенін, ал келіспеушілік "
                    "болса, сараптама жүргізуді сұрайтынын атап өтеді. Соңында жауап күтетін мерзімді "
                    "көрсетіп, қол қояды және қабылданғаны туралы белгісі бар бір дананы өзінде "
                    "қалдырады.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Сабырлы әрі нақты жазыңыз",
                    "text": "Талапта ашулы сөз бен қоқан-лоқы емес, фактілер мен анық өтініш болуы керек. "
                    "Бір негізгі талап қойған дұрыс: «не жөндеңіз, не ауыстырыңыз, не ақшамды "
                    "қайтарыңыз» деп жазсаңыз, жауап кешігуі мүмкін.",
                },
            ),
            ("heading", "Талап жазуға көмек керек болса"),
            (
                "paragraph",
                "<p>Талапты өзіңіз жаза алмасаңыз, көмек сұраудан қысылмаңыз. Мемлекет кепілдік берген "
                "тегін заң көмегі азаматтық істерде ауызша және жазбаша кеңес беруді, соның ішінде "
                "өтініш, шағым және басқа да құжаттарды дайындауды қамтиды. Мұндай көмекті кімдер және "
                "қандай жағдайда тегін ала алатынын заң айқындайды.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "constitution",
                    "article": "13-бап, 3-тармақ",
                    "excerpt": "Әркімнің білікті заң көмегін алуға құқығы бар. Заңда көзделген жағдайларда "
                    "бұл көмек тегін көрсетіледі.",
                },
            ),
        ],
        "ru": [
            ("heading", "Почему письменно?"),
            (
                "paragraph",
                "<p>Устный спор часто заканчивается словами «мы не слышали», «вы к нам не приходили». "
                "Письменная претензия показывает, что вы официально обратились к продавцу, а также что и "
                "когда потребовали. Если позже вы пойдёте в уполномоченный орган или в суд, этот документ "
                "станет важным доказательством. Нередко спор решается уже на этом этапе.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Претензия (письменное требование)",
                    "definition": "Письменное обращение потребителя к продавцу или исполнителю, чтобы "
                    "восстановить нарушенное право без суда. В нём указываются обстоятельства, "
                    "доказательства и конкретное требование.",
                },
            ),
            ("heading", "Пишем претензию шаг за шагом"),
            (
                "paragraph",
                "<ol>"
                "<li><b>Кому:</b> полное наименование и адрес магазина или компании (их можно найти в чеке "
                "или на сайте).</li>"
                "<li><b>От кого:</b> ваши фамилия и имя, адрес, телефон.</li>"
                "<li><b>Обстоятельства:</b> что, когда и за сколько куплено; когда и как проявился "
                "недостаток.</li>"
                "<li><b>Ваше требование:</b> одно из следующего — ремонт, замена, снижение цены или "
                "возврат денег.</li>"
                "<li><b>Приложения:</b> копии чека и гарантийного талона, фотографии.</li>"
                "<li><b>Дата и подпись.</b></li>"
                "</ol>"
                "<p>Составьте претензию в двух экземплярах. На втором попросите продавца указать дату "
                "принятия, фамилию и имя сотрудника и поставить подпись. Если принять отказываются, "
                "отправьте претензию заказным письмом с уведомлением или на официальную электронную почту "
                "продавца.</p>",
            ),
            (
                "case",
                {
                    "title": "Смартфон из Шымкента",
                    "situation": "Ерлан купил смартфон с гарантией в торговом центре в Шымкенте. Через месяц "
                    "экран начал мерцать, а телефон — сам выключаться. Продавец сказал: «Наверное, сами "
                    "уронили, ремонт платный». Однако на телефоне нет никаких следов удара.",
                    "question": "Как Ерлану правильно составить претензию?",
                    "answer": "Ерлан указывает в претензии название магазина, дату покупки, цену и номер "
                    "чека. Он описывает признаки неисправности, пишет, что механических повреждений на "
                    "телефоне нет, и снимает это на видео. Затем он выдвигает одно конкретное требование, "
                    "например просит заменить телефон на новый. Он отмечает, что в течение гарантийного "
                    "срока вину потребителя в поломке, как правило, должен доказывать продавец, а при "
                    "несогласии он просит провести экспертизу. В конце он указывает срок, в который ждёт "
                    "ответа, ставит подпись и оставляет у себя экземпляр с отметкой о принятии.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Пишите спокойно и конкретно",
                    "text": "В претензии должны быть факты и ясная просьба, а не гневные слова и угрозы. "
                    "Лучше выдвинуть одно основное требование: если написать «или почините, или замените, "
                    "или верните деньги», ответ может затянуться.",
                },
            ),
            ("heading", "Если нужна помощь с претензией"),
            (
                "paragraph",
                "<p>Если вы не можете написать претензию сами, не стесняйтесь просить помощи. "
                "Гарантированная государством бесплатная юридическая помощь по гражданским делам "
                "включает устные и письменные консультации, в том числе составление заявлений, жалоб и "
                "других документов. Кто и в каких случаях может получить её бесплатно, определяет "
                "закон.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "constitution",
                    "article": "Статья 13, пункт 3",
                    "excerpt": "Каждый имеет право на получение квалифицированной юридической помощи. В "
                    "случаях, предусмотренных законом, эта помощь оказывается бесплатно.",
                },
            ),
        ],
        "en": [
            ("heading", "Why in writing?"),
            (
                "paragraph",
                "<p>A spoken dispute often ends with “we never heard about it” or “you never came to us”. "
                "A written claim (pretension) shows that you formally contacted the seller, and what you "
                "asked for and when. If you later turn to the authorised body or a court, this document "
                "becomes important evidence. Often the dispute is settled at this stage.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Pretension (written claim)",
                    "definition": "A consumer’s written request to a seller or service provider to restore a "
                    "breached right without going to court. It sets out the facts, the evidence and a "
                    "specific demand.",
                },
            ),
            ("heading", "Writing the claim step by step"),
            (
                "paragraph",
                "<ol>"
                "<li><b>To:</b> the full name and address of the shop or company (you can find them on the "
                "receipt or the website).</li>"
                "<li><b>From:</b> your full name, address and phone number.</li>"
                "<li><b>Facts:</b> what was bought, when and for how much; when and how the defect "
                "appeared.</li>"
                "<li><b>Your demand:</b> one of the following — repair, replacement, a price reduction or a "
                "refund.</li>"
                "<li><b>Attachments:</b> copies of the receipt and warranty card, photos.</li>"
                "<li><b>Date and signature.</b></li>"
                "</ol>"
                "<p>Make two copies of the claim. Ask the seller to write the date of receipt and the "
                "employee’s name on the second copy and to sign it. If they refuse to accept it, send the "
                "claim by registered mail with proof of delivery or to the seller’s official email "
                "address.</p>",
            ),
            (
                "case",
                {
                    "title": "A smartphone from Shymkent",
                    "situation": "Yerlan bought a smartphone with a warranty at a shopping centre in "
                    "Shymkent. A month later the screen began to flicker and the phone started switching "
                    "itself off. The seller said: “You must have dropped it; repairs are paid.” Yet the "
                    "phone has no sign of any impact.",
                    "question": "How should Yerlan put his claim together?",
                    "answer": "In the claim Yerlan states the shop’s name, the date of purchase, the price "
                    "and the receipt number. He describes the symptoms, writes that the phone has no "
                    "mechanical damage and films this on video. Then he makes one specific demand, for "
                    "example a new phone in exchange. He notes that during the warranty period it is, as a "
                    "rule, the seller who must prove that the consumer caused the fault, and that if they "
                    "disagree he asks for an expert examination. Finally he states the period within which "
                    "he expects a reply, signs, and keeps a copy marked as received.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Write calmly and precisely",
                    "text": "A claim should contain facts and a clear request, not angry words or threats. "
                    "It is better to make one main demand: if you write “repair it, replace it or give me "
                    "my money back”, the reply may be delayed.",
                },
            ),
            ("heading", "If you need help with the claim"),
            (
                "paragraph",
                "<p>If you cannot write the claim yourself, do not hesitate to ask for help. "
                "State-guaranteed free legal aid in civil matters includes oral and written "
                "consultations, including drafting applications, complaints and other documents. The law "
                "determines who can receive it free of charge and in which cases.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "constitution",
                    "article": "Article 13(3)",
                    "excerpt": "Everyone has the right to qualified legal assistance. In cases provided for "
                    "by law, this assistance is free of charge.",
                },
            ),
        ],
    },
}


LESSON_WHERE = {
    "slug": "where-to-complain",
    "estimated_minutes": 15,
    "skills": ["consumer.complaint-routes", "consumer.online-and-ai"],
    "title": {
        "kk": "Сатушы бас тартса: қайда жүгінуге болады",
        "ru": "Если продавец отказал: куда обращаться",
        "en": "If the seller refuses: where to turn",
    },
    "objectives": {
        "kk": [
            "Уәкілетті органға және сотқа жүгіну жолдарын салыстыру.",
            "Тегін заң көмегін алу арналарын атау.",
            "Онлайн сауда мен жасанды интеллект қызметтеріндегі тәуекелдерді тану.",
        ],
        "ru": [
            "Сравнивать обращение в уполномоченный орган и в суд.",
            "Называть каналы получения бесплатной юридической помощи.",
            "Распознавать риски онлайн-покупок и сервисов на основе искусственного интеллекта.",
        ],
        "en": [
            "Compare turning to the authorised body and going to court.",
            "Name the channels for getting free legal aid.",
            "Recognise the risks of online shopping and AI-driven services.",
        ],
    },
    "body": {
        "kk": [
            ("heading", "Мемлекеттік уәкілетті орган"),
            (
                "paragraph",
                "<p>Сатушы жауап бермесе немесе негізсіз бас тартса, тұтынушылардың құқықтарын қорғау "
                "жөніндегі уәкілетті мемлекеттік органға жүгінуге болады. Оның аумақтық бөлімшелері "
                "облыстарда және республикалық маңызы бар қалаларда жұмыс істейді. Өтінішті қағаз түрінде "
                "немесе eOtinish жүйесі арқылы онлайн беруге болады. Оған сатушыға жіберген талаптың "
                "көшірмесін және сатушының жауабын (егер болса) қоса тіркеңіз. Тұтынушылардың қоғамдық "
                "бірлестіктері де кеңес беріп, мүддеңізді қорғауға көмектесе алады.</p>",
            ),
            ("heading", "Сот"),
            (
                "paragraph",
                "<p>Дау бейбіт жолмен шешілмесе, тұтынушы сотқа талап-арыз бере алады. Сомасы шағын даулар "
                "жеңілдетілген тәртіппен қаралуы мүмкін, ал талап-арызды «Сот кабинеті» электрондық "
                "сервисі арқылы жіберуге болады. Сотта төленген ақшаны қайтарумен қатар келтірілген "
                "залалды өндіріп беруді де сұрауға болады. Мемлекеттік баж бен сот рәсімінің "
                "қолданыстағы ережелерін алдын ала тексеріңіз.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Талап-арыз",
                    "definition": "Сотқа берілетін ресми құжат. Онда талапкердің кімге қандай талап қойып "
                    "отырғаны, оның негіздері мен дәлелдері көрсетіледі.",
                },
            ),
            ("heading", "Тегін заң көмегі"),
            (
                "paragraph",
                "<p>Заңгерге ақы төлеуге мүмкіндігіңіз болмаса, мына арналарды пайдаланыңыз:</p>"
                "<ul>"
                "<li><b>1414</b> — тегін құқықтық ақпарат алуға болатын байланыс орталығы;</li>"
                "<li><b>E-Zan komegi</b> — Әділет министрлігі порталындағы тегін заң көмегінің онлайн "
                "жүйесі, сондай-ақ «Zan komegi» мобильді қосымшасы;</li>"
                "<li>университеттердің заң клиникалары.</li>"
                "</ul>"
                "<p>Мемлекет кепілдік берген заң көмегі азаматтық істерде екі нысанда көрсетіледі: кеңес "
                "беру (құжат дайындауды қоса) және сотта, мемлекеттік органдарда өкілдік ету. Құқықтық "
                "ақпарат барлығына тегін беріледі, ал тегін кеңес пен өкілдік алатын адамдардың "
                "санаттарын заң белгілейді. Тегін қызмет үшін сізден ақша сұраса, бұл — дабыл "
                "белгісі.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "advocacy-legal-aid",
                    "article": "26-бап",
                    "excerpt": "Мемлекет кепілдік берген заң көмегі құқықтық ақпарат беру түрінде де "
                    "көрсетіледі. Мұндай ақпарат жеке және заңды тұлғалар үшін тегін.",
                },
            ),
            ("heading", "Онлайн сауда және жасанды интеллект"),
            (
                "paragraph",
                "<p>Интернеттен сатып алғанда да тұтынушы құқықтары күшінде қалады. Тапсырыс бермес бұрын "
                "сатушының атауы мен байланыс деректерін, тауардың сипаттамасын және қайтару шарттарын "
                "тексеріңіз; тапсырыс нөмірін, беттің скриншоттарын және хат алмасуды сақтаңыз. Көп "
                "дүкен сұрақтарға чат-бот арқылы жауап береді. Жасанды интеллект (ЖИ) жылдам жауап "
                "бергенімен, қателесуі, жоқ «заң нормасын» ойдан шығаруы немесе дербес деректеріңізді "
                "артық жинауы мүмкін. Қазақстанда 200 адам қатысқан сауалнамада 68 пайызы ЖИ "
                "қосымшаларын пайдаланатынын айтқан, бірақ ЖИ-мен қарым-қатынаста өз құқығын тек 23 "
                "пайызы біледі.</p>",
            ),
            (
                "case",
                {
                    "title": "Қостанайдан онлайн тапсырыс",
                    "situation": "Қостанайда тұратын Айгүл интернет-дүкеннен құлаққап сатып алды. "
                    "Құлаққаптың бір жағынан дыбыс мүлдем шықпады. Дүкен сайтындағы чат-бот: «Онлайн "
                    "сатылған тауар қайтарылмайды», — деп жауап берді, ал операторға қосылу мүмкін "
                    "болмады.",
                    "question": "Айгүл енді не істей алады?",
                    "answer": "Чат-боттың жауабы заңның орнын баспайды. Айгүл тапсырыс деректерін, "
                    "ақаудың видеосын және чаттың скриншотын сақтап, дүкенге оның ресми мекенжайы немесе "
                    "электрондық поштасы арқылы жазбаша талап жібереді. Жауап болмаса, уәкілетті органға "
                    "eOtinish арқылы шағым береді. Құжат жазуға көмек керек болса, E-Zan komegi жүйесіне "
                    "немесе 1414 нөміріне хабарласады.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "ЖИ-кеңесші заңгер емес",
                    "text": "ЖИ құралдары жалпы бағыт-бағдар алуға көмектеседі, бірақ адвокаттың орнын "
                    "баспайды. Мысалы, «ЖИ-заңгер» деп жарнамаланған DoNotPay сервисіне жаңылыстыратын "
                    "уәделері үшін 2025 жылы АҚШ-тың Федералдық сауда комиссиясы айыппұл салды. Маңызды "
                    "шешім қабылдамас бұрын ақпарат көзін тексеріп, маманмен кеңесіңіз.",
                },
            ),
        ],
        "ru": [
            ("heading", "Государственный уполномоченный орган"),
            (
                "paragraph",
                "<p>Если продавец не отвечает или необоснованно отказывает, можно обратиться в "
                "уполномоченный государственный орган по защите прав потребителей. Его территориальные "
                "подразделения работают в областях и городах республиканского значения. Обращение можно "
                "подать на бумаге или онлайн через систему eOtinish. Приложите к нему копию претензии, "
                "направленной продавцу, и ответ продавца (если он есть). Общественные объединения "
                "потребителей тоже могут проконсультировать и помочь защитить ваши интересы.</p>",
            ),
            ("heading", "Суд"),
            (
                "paragraph",
                "<p>Если спор не удалось решить мирно, потребитель может подать в суд исковое заявление. "
                "Споры на небольшие суммы могут рассматриваться в упрощённом порядке, а иск можно "
                "направить через электронный сервис «Судебный кабинет». В суде можно просить не только "
                "вернуть уплаченные деньги, но и взыскать причинённые убытки. Заранее проверьте "
                "действующие правила о государственной пошлине и судебной процедуре.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Исковое заявление",
                    "definition": "Официальный документ, который подаётся в суд. В нём указывается, к кому "
                    "и какое требование предъявляет истец, на каких основаниях и с какими "
                    "доказательствами.",
                },
            ),
            ("heading", "Бесплатная юридическая помощь"),
            (
                "paragraph",
                "<p>Если у вас нет возможности заплатить юристу, воспользуйтесь этими каналами:</p>"
                "<ul>"
                "<li><b>1414</b> — контакт-центр, где можно получить бесплатную правовую информацию;</li>"
                "<li><b>E-Zan komegi</b> — онлайн-система бесплатной юридической помощи на портале "
                "Министерства юстиции, а также мобильное приложение «Zan komegi»;</li>"
                "<li>юридические клиники университетов.</li>"
                "</ul>"
                "<p>Гарантированная государством юридическая помощь по гражданским делам оказывается в "
                "двух формах: консультирование (включая составление документов) и представительство в "
                "суде и государственных органах. Правовая информация предоставляется всем бесплатно, а "
                "категории людей, которые получают бесплатные консультации и представительство, "
                "определяет закон. Если за бесплатную услугу у вас просят деньги, это тревожный "
                "сигнал.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "advocacy-legal-aid",
                    "article": "Статья 26",
                    "excerpt": "Гарантированная государством юридическая помощь оказывается в том числе в "
                    "виде правового информирования. Такая информация предоставляется физическим и "
                    "юридическим лицам бесплатно.",
                },
            ),
            ("heading", "Онлайн-покупки и искусственный интеллект"),
            (
                "paragraph",
                "<p>При покупке в интернете права потребителя продолжают действовать. До оформления заказа "
                "проверьте название и контакты продавца, описание товара и условия возврата; сохраняйте "
                "номер заказа, скриншоты страниц и переписку. Многие магазины отвечают на вопросы через "
                "чат-ботов. Искусственный интеллект (ИИ) отвечает быстро, но может ошибаться, выдумывать "
                "несуществующие «нормы закона» или собирать лишние персональные данные. В опросе 200 "
                "человек в Казахстане 68% сказали, что пользуются приложениями с ИИ, но лишь 23% знают "
                "свои права при взаимодействии с ИИ.</p>",
            ),
            (
                "case",
                {
                    "title": "Онлайн-заказ из Костаная",
                    "situation": "Айгуль из Костаная купила наушники в интернет-магазине. Один наушник "
                    "совсем не издавал звука. Чат-бот на сайте магазина ответил: «Товар, проданный онлайн, "
                    "возврату не подлежит», а связаться с оператором не удалось.",
                    "question": "Что теперь может сделать Айгуль?",
                    "answer": "Ответ чат-бота не заменяет закон. Айгуль сохраняет данные заказа, видео "
                    "неисправности и скриншот чата и направляет магазину письменную претензию на его "
                    "официальный адрес или электронную почту. Если ответа нет, она подаёт жалобу в "
                    "уполномоченный орган через eOtinish. Если нужна помощь с документами, она "
                    "обращается в систему E-Zan komegi или по номеру 1414.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "ИИ-консультант — не юрист",
                    "text": "Инструменты ИИ помогают сориентироваться, но не заменяют адвоката. Например, "
                    "на сервис DoNotPay, который рекламировали как «ИИ-юриста», в 2025 году Федеральная "
                    "торговая комиссия США наложила штраф за вводящие в заблуждение обещания. Прежде чем "
                    "принимать важное решение, проверьте источник информации и посоветуйтесь со "
                    "специалистом.",
                },
            ),
        ],
        "en": [
            ("heading", "The state authorised body"),
            (
                "paragraph",
                "<p>If the seller does not reply or refuses without good reason, you can turn to the "
                "authorised state body for consumer protection. Its territorial units work in the regions "
                "and in the cities of republican significance. You can submit an appeal on paper or online "
                "through the eOtinish system. Attach a copy of the claim you sent to the seller and the "
                "seller’s reply, if there is one. Public consumer associations can also advise you and "
                "help defend your interests.</p>",
            ),
            ("heading", "Court"),
            (
                "paragraph",
                "<p>If the dispute cannot be settled amicably, the consumer can file a statement of claim "
                "with a court. Disputes over small sums may be heard under a simplified procedure, and "
                "the claim can be filed through the “Sot kabineti” (Court Office) online service. In "
                "court you can ask not only for the money you paid to be returned but also for your "
                "losses to be recovered. Check the current rules on the state fee and court procedure in "
                "advance.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Statement of claim",
                    "definition": "An official document filed with a court. It states against whom the "
                    "claimant makes what demand, on what grounds and with what evidence.",
                },
            ),
            ("heading", "Free legal aid"),
            (
                "paragraph",
                "<p>If you cannot afford a lawyer, use these channels:</p>"
                "<ul>"
                "<li><b>1414</b> — a contact centre where you can get free legal information;</li>"
                "<li><b>E-Zan komegi</b> — the online free legal aid system on the Ministry of Justice "
                "portal, and the “Zan komegi” mobile app;</li>"
                "<li>university legal clinics.</li>"
                "</ul>"
                "<p>State-guaranteed legal aid in civil matters takes two forms: consultation (including "
                "drafting documents) and representation in court and before state bodies. Legal "
                "information is free for everyone, while the law sets out which groups of people receive "
                "free consultation and representation. If someone asks you to pay for a free service, "
                "treat it as a warning sign.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "advocacy-legal-aid",
                    "article": "Article 26",
                    "excerpt": "State-guaranteed legal aid is also provided in the form of legal "
                    "information. Such information is free of charge for individuals and legal entities.",
                },
            ),
            ("heading", "Online shopping and artificial intelligence"),
            (
                "paragraph",
                "<p>Your consumer rights still apply when you buy online. Before ordering, check the "
                "seller’s name and contact details, the description of the goods and the return terms; "
                "keep the order number, screenshots of the pages and your correspondence. Many shops "
                "answer questions through chatbots. Artificial intelligence (AI) replies quickly, but it "
                "can make mistakes, invent “legal rules” that do not exist or collect more personal data "
                "than it needs. In a survey of 200 people in Kazakhstan, 68% said they use AI apps, yet "
                "only 23% know their rights when dealing with AI.</p>",
            ),
            (
                "case",
                {
                    "title": "An online order from Kostanay",
                    "situation": "Aigul, who lives in Kostanay, bought headphones from an online shop. One "
                    "earpiece produced no sound at all. The chatbot on the shop’s website replied: “Goods "
                    "sold online cannot be returned”, and she could not reach an operator.",
                    "question": "What can Aigul do now?",
                    "answer": "A chatbot’s reply does not override the law. Aigul keeps the order details, "
                    "a video of the fault and a screenshot of the chat, and sends the shop a written claim "
                    "to its official address or email. If there is no reply, she files a complaint with "
                    "the authorised body through eOtinish. If she needs help with documents, she contacts "
                    "the E-Zan komegi system or calls 1414.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "An AI adviser is not a lawyer",
                    "text": "AI tools help you get your bearings, but they do not replace an advocate. For "
                    "example, in 2025 the US Federal Trade Commission fined DoNotPay, a service advertised "
                    "as an “AI lawyer”, for misleading promises. Before making an important decision, "
                    "check where the information comes from and consult a specialist.",
                },
            ),
        ],
    },
}


COURSE = {
    "slug": "consumer-rights",
    "topic": "consumer",
    "level": "beginner",
    "skills": [skill["code"] for skill in SKILLS],
    "title": {
        "kk": "Тұтынушы құқықтары және оларды қалай қорғауға болады",
        "ru": "Права потребителей и как их защитить",
        "en": "Consumer rights and how to claim them",
    },
    "summary": {
        "kk": "Тұтынушы ретінде қандай құқықтарыңыз бар екенін, ақаулы тауарды қалай қайтаруға, сатушыға "
        "жазбаша талапты қалай жазуға және дау шешілмесе қайда жүгінуге болатынын үйренесіз.",
        "ru": "Вы узнаете, какие права есть у вас как у потребителя, как вернуть товар с недостатками, как "
        "написать продавцу письменную претензию и куда обращаться, если спор не решён.",
        "en": "Learn what rights you have as a consumer, how to return faulty goods, how to write a claim "
        "to the seller and where to turn if the dispute is not resolved.",
    },
    "audience": {
        "kk": "Дүкеннен, базардан не интернеттен тауар сатып алатын және қызметтерге ақы төлейтін кез келген "
        "адамға арналған.",
        "ru": "Для всех, кто покупает товары в магазинах, на рынке или в интернете и платит за услуги.",
        "en": "For anyone who buys goods in shops, at markets or online and pays for services.",
    },
    "prerequisites": {"kk": "", "ru": "", "en": ""},
    "lessons": [LESSON_RIGHTS, LESSON_RETURNS, LESSON_CLAIM, LESSON_WHERE],
}
