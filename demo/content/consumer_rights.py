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
                "<p>Әрқайсымыз күн сайын тұтынушымыз. Тауарды немесе қызметті кәсіпкерлік үшін емес, жеке, "
                "отбасылық не үй қажеті үшін алғанда, бізді заң тұтынушы ретінде қорғайды. Бұл саладағы "
                "негізгі құжат — 2010 жылғы 4 мамырдағы № 274-IV «Тұтынушылардың құқықтарын қорғау туралы» "
                "Қазақстан Республикасының Заңы.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Тұтынушы",
                    "definition": "Тауарды, жұмысты не қызметті кәсіпкерлік үшін емес, жеке, отбасылық не "
                    "тұрмыстық қажеттілігі үшін сатып алатын, тапсырыс беретін немесе "
                    "пайдаланатын азамат. Екінші тарап — тауар болса сатушы, жұмыс не қызмет "
                    "болса орындаушы.",
                },
            ),
            ("heading", "Төрт негізгі құқық"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Ақпарат алу құқығы.</b> Сатушы тауардың бағасы, құрамы, жарамдылық мерзімі, "
                "қолданылуы мен кепілдігі туралы толық әрі шынайы мәліметті қазақ және орыс тілдерінде "
                "беруге міндетті.</li>"
                "<li><b>Қауіпсіздік құқығы.</b> Дұрыс пайдаланылған тауар мен қызмет өмірге, денсаулыққа, "
                "мүлікке және қоршаған ортаға зиян келтірмеуге тиіс.</li>"
                "<li><b>Сапа құқығы.</b> Тауар мен қызмет шартқа, міндетті талаптарға және сатушының "
                "сипаттамасына сай болуға тиіс.</li>"
                "<li><b>Зиянның өтелуіне құқық.</b> Кемшіліктен келген зиян мен шығынды өтеуді талап етуге "
                "болады.</li>"
                "</ul>"
                "<p>Сондай-ақ тұтынушы тауарды еркін таңдауға, сатып алуды растайтын құжат алуға және сотқа "
                "жүгінуге құқылы.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "1-бап",
                    "excerpt": "Кемшілік — тауардың, жұмыстың не қызметтің міндетті талаптарға, шартқа "
                    "немесе сатушы берген ақпаратқа сәйкес келмеуі. Қауіпсіздік — қалыпты "
                    "пайдалану кезінде адамның өміріне, денсаулығына және мүлкіне жол "
                    "берілмейтін қатердің болмауы.",
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
                    "answer": "Мұнда ақпарат алу (қазақ не орыс тіліндегі нұсқаулық жоқ) және қауіпсіздік "
                    "құқықтары бұзылуы мүмкін. Әсел құрылғыны бірден желіден ажыратып, пайдалануды "
                    "тоқтатуы, чекті, қорапты, ақаудың суреті мен видеосын сақтап, сатушыға жазбаша "
                    "талап беруі керек.",
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
                    "text": "Сабақ жалпы құқықтық сауаттылыққа арналған. Заң өзгеріп отырады, сондықтан "
                    "нақты жағдайда оның қолданыстағы мәтінін adilet.zan.kz сайтынан тексеріп, маманмен "
                    "кеңесіңіз.",
                },
            ),
        ],
        "ru": [
            ("heading", "Кто такой потребитель?"),
            (
                "paragraph",
                "<p>Каждый из нас ежедневно выступает потребителем. Когда мы приобретаем товар или услугу не "
                "для предпринимательства, а для личных, семейных или домашних нужд, закон защищает нас как "
                "потребителей. Главный документ в этой сфере — Закон Республики Казахстан «О защите прав "
                "потребителей» от 4 мая 2010 года № 274-IV.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Потребитель",
                    "definition": "Гражданин, который покупает, заказывает или использует товар, работу или "
                    "услугу для личных, семейных или бытовых нужд, а не для предпринимательства. "
                    "Другая сторона — продавец (если речь о товаре) или исполнитель (если о "
                    "работе или услуге).",
                },
            ),
            ("heading", "Четыре основных права"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Право на информацию.</b> Продавец обязан предоставить полные и достоверные сведения "
                "о цене, составе, сроке годности, использовании и гарантии на казахском и русском "
                "языках.</li>"
                "<li><b>Право на безопасность.</b> Товар и услуга при правильном использовании не должны "
                "причинять вред жизни, здоровью, имуществу и окружающей среде.</li>"
                "<li><b>Право на качество.</b> Товар и услуга должны соответствовать договору, обязательным "
                "требованиям и описанию продавца.</li>"
                "<li><b>Право на возмещение вреда.</b> Можно требовать возмещения вреда и убытков, "
                "причинённых недостатками.</li>"
                "</ul>"
                "<p>Кроме того, потребитель вправе свободно выбирать товар, получать документ о покупке и "
                "обращаться в суд.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Статья 1",
                    "excerpt": "Недостаток — несоответствие товара, работы или услуги обязательным "
                    "требованиям, договору или информации продавца. Безопасность — отсутствие "
                    "недопустимого риска для жизни, здоровья и имущества человека при обычном "
                    "использовании.",
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
                    "answer": "Здесь могут быть нарушены права на информацию (нет инструкции на казахском "
                    "или русском языке) и на безопасность. Асель следует сразу отключить прибор от сети и "
                    "не пользоваться им, сохранить чек, коробку, фото и видео неисправности и подать "
                    "продавцу письменную претензию.",
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
                    "text": "Урок предназначен для общей правовой грамотности. Закон меняется, поэтому в "
                    "конкретной ситуации проверьте его действующий текст на сайте adilet.zan.kz и "
                    "посоветуйтесь со специалистом.",
                },
            ),
        ],
        "en": [
            ("heading", "Who is a consumer?"),
            (
                "paragraph",
                "<p>Each of us is a consumer every day. When we buy goods or services for personal, family "
                "or household needs rather than for business, the law protects us as consumers. The main "
                "act here is the Law of the Republic of Kazakhstan No. 274-IV “On Consumer Protection” of "
                "4 May 2010.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Consumer",
                    "definition": "A citizen who buys, orders or uses goods, work or services for personal, "
                    "family or household needs, not for business. The other party is the seller "
                    "(for goods) or the service provider (for work or services).",
                },
            ),
            ("heading", "Four basic rights"),
            (
                "paragraph",
                "<ul>"
                "<li><b>The right to information.</b> The seller must give full and truthful details of "
                "the price, composition, shelf life, use and warranty, in Kazakh and Russian.</li>"
                "<li><b>The right to safety.</b> Goods and services used properly must not harm life, "
                "health, property or the environment.</li>"
                "<li><b>The right to quality.</b> Goods and services must match the contract, mandatory "
                "requirements and the seller’s description.</li>"
                "<li><b>The right to compensation.</b> You can demand compensation for harm and losses "
                "caused by defects.</li>"
                "</ul>"
                "<p>A consumer also has the right to choose goods freely, to get a document confirming the "
                "purchase and to go to court.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Article 1",
                    "excerpt": "A defect is any mismatch between goods, work or a service and mandatory "
                    "requirements, the contract or the seller’s information. Safety means no "
                    "unacceptable risk to a person’s life, health or property in normal use.",
                },
            ),
            (
                "case",
                {
                    "title": "A heater from Pavlodar",
                    "situation": "Assel bought an electric heater from a shop in Pavlodar. The box held only "
                    "a manual in a foreign language. When she first switched it on, the device gave off a "
                    "burning smell and the cord became very hot.",
                    "question": "Which of Assel’s rights may have been breached, and what should she do "
                    "first?",
                    "answer": "Her rights to information (no manual in Kazakh or Russian) and to safety may "
                    "have been breached. Assel should unplug the device at once and stop using it, keep "
                    "the receipt, the box, and photos and video of the fault, and give the seller a "
                    "written claim.",
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
                "<li>Keep the receipt, the warranty card, the box and screenshots of advertising "
                "promises.</li>"
                "<li>Contact the seller calmly, but in writing.</li>"
                "</ol>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "This is not legal advice",
                    "text": "This lesson is for general legal literacy. The law changes, so in a real "
                    "situation check its current text on adilet.zan.kz and consult a specialist.",
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
                "<p>Дауда сөзден гөрі құжаттың салмағы ауыр. Сатып алған күннен бастап мыналарды "
                "сақтаңыз:</p>"
                "<ul>"
                "<li>чек (картамен төлесеңіз — банктен үзінді көшірме де);</li>"
                "<li>кепілдік талоны, шарт және нұсқаулық;</li>"
                "<li>қорап пен жапсырмалар;</li>"
                "<li>ақаудың суреті мен видеосы, оның қашан білінгені туралы жазба;</li>"
                "<li>сатушымен хат алмасу.</li>"
                "</ul>"
                "<p>Чек жоғалса, банк үзінді көшірмесі немесе қосымшадағы тапсырыс тарихы сатып "
                "алғаныңызды дәлелдеуге көмектесуі мүмкін.</p>",
            ),
            ("heading", "Ақау табылса, қандай таңдау бар?"),
            (
                "paragraph",
                "<p>Тауардан кемшілік шықса, заң бірнеше жол ұсынады. Әдетте тұтынушы соның бірін "
                "таңдайды:</p>"
                "<ul>"
                "<li>тегін жөндету;</li>"
                "<li>дәл сондай тауарға ауыстыру;</li>"
                "<li>басқа үлгіге ауыстырып, бағасын қайта есептеу;</li>"
                "<li>бағаны тиісінше төмендету;</li>"
                "<li>шартты бұзып, ақшаны қайтарып алу.</li>"
                "</ul>"
                "<p>Сапасыз қызметке де ұқсас ереже қолданылады: орындаушыдан кемшілікті тегін түзетуді, "
                "бағаны азайтуды не ақшаны қайтаруды талап етуге болады. Дұрыс таңдау ақауға, тауардың "
                "түріне және кепілдікке байланысты.</p>",
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
                    "excerpt": "Заң тауардағы кемшіліктерге қатысты талап қою мерзімдерін белгілейді. Бұл "
                    "мерзімдер тауардың кепілдік, жарамдылық немесе қызмет ету мерзіміне қарай "
                    "есептеледі.",
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
                    "situation": "Гүлнар Түркістан облысындағы ауылда тұрады. Ол Шымкенттегі дүкеннен кір "
                    "жуғыш машинаны жеткізу қызметімен және кепілдік талонымен сатып алды. Екі аптадан "
                    "кейін машина суды ағызбай, жуудың ортасында тоқтай беретін болды. Дүкен: «Ауылға "
                    "шебер жібере алмаймыз», — деді.",
                    "question": "Гүлнар не талап ете алады және қалай әрекет еткені жөн?",
                    "answer": "Ақау кепілдік мерзімі ішінде шықты, сондықтан Гүлнар тегін жөндеуді, "
                    "ауыстыруды не ақшаны қайтаруды талап ете алады. Ол ақауды видеоға түсіріп, чек пен "
                    "кепілдік талонын сақтайды және дүкенге жазбаша талап жібереді. Ауыл алыс "
                    "болғандықтан, машинаны тексеруге қалай жеткізетінін сатушымен жазбаша келіскені "
                    "дұрыс.",
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
                    "excerpt": "Азық-түлікке жатпайтын сапалы тауар пайдаланылмаса, тауарлық түрі, "
                    "пломбалары мен жапсырмалары сақталса және сатып алу құжаты болса, сатушы оны заңда "
                    "белгіленген мерзімде айырбастауға не қайтарып алуға міндетті. Дәрі-дәрмек, іш киім "
                    "сияқты кейбір тауарлар бұған жатпайды.",
                },
            ),
        ],
        "ru": [
            ("heading", "Сначала сохраните доказательства"),
            (
                "paragraph",
                "<p>В споре документ весит больше слов. С момента покупки сохраняйте:</p>"
                "<ul>"
                "<li>чек (при оплате картой — ещё и банковскую выписку);</li>"
                "<li>гарантийный талон, договор и инструкцию;</li>"
                "<li>коробку и ярлыки;</li>"
                "<li>фото и видео неисправности с пометкой, когда она проявилась;</li>"
                "<li>переписку с продавцом.</li>"
                "</ul>"
                "<p>Если чек потерялся, подтвердить покупку могут помочь банковская выписка или история "
                "заказов в приложении.</p>",
            ),
            ("heading", "Какой выбор есть, если обнаружен недостаток?"),
            (
                "paragraph",
                "<p>Если в товаре обнаружился недостаток, закон даёт несколько вариантов. Обычно "
                "потребитель выбирает один из них:</p>"
                "<ul>"
                "<li>бесплатный ремонт;</li>"
                "<li>замена на такой же товар;</li>"
                "<li>замена на другую модель с перерасчётом цены;</li>"
                "<li>соразмерное уменьшение цены;</li>"
                "<li>расторжение договора и возврат денег.</li>"
                "</ul>"
                "<p>К некачественной услуге применяется похожее правило: от исполнителя можно требовать "
                "бесплатно устранить недостатки, снизить цену или вернуть деньги. Правильный выбор "
                "зависит от недостатка, вида товара и гарантии.</p>",
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
                    "excerpt": "Закон устанавливает сроки предъявления требований о недостатках товара. Они "
                    "исчисляются исходя из гарантийного срока, срока годности или срока службы "
                    "товара.",
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
                    "situation": "Гульнар живёт в ауле Туркестанской области. Она купила в шымкентском "
                    "магазине стиральную машину с доставкой и гарантийным талоном. Через две недели "
                    "машина перестала сливать воду и стала останавливаться посреди стирки. Магазин "
                    "ответил: «Мастера в аул мы отправить не можем».",
                    "question": "Что может потребовать Гульнар и как ей лучше действовать?",
                    "answer": "Недостаток проявился в гарантийный срок, поэтому Гульнар может требовать "
                    "бесплатного ремонта, замены или возврата денег. Она снимает неисправность на видео, "
                    "сохраняет чек и гарантийный талон и направляет магазину письменную претензию. "
                    "Поскольку аул далеко, стоит письменно договориться с продавцом, как доставить машину "
                    "на проверку.",
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
                    "обязан обменять его или принять обратно в установленный законом срок. Некоторые "
                    "товары, например лекарства и нательное бельё, под это правило не подпадают.",
                },
            ),
        ],
        "en": [
            ("heading", "First, keep the evidence"),
            (
                "paragraph",
                "<p>In a dispute, documents outweigh words. From the day of purchase, "
                "keep:</p><ul><li>the receipt (if you paid by card, a bank statement "
                "too);</li><li>the warranty card, contract and manual;</li><li>the box and "
                "labels;</li><li>photos and video of the fault, noting when it "
                "appeared;</li><li>your messages with the seller.</li></ul><p>If the receipt is "
                "lost, a bank statement or app order history may help prove the purchase.</p>",
            ),
            ("heading", "What are your options if there is a defect?"),
            (
                "paragraph",
                "<p>If goods turn out to be defective, the law offers several options. Usually "
                "the consumer chooses one:</p><ul><li>free repair;</li><li>replacement with an "
                "identical item;</li><li>replacement with another model, with the price "
                "recalculated;</li><li>a proportionate price reduction;</li><li>cancelling the "
                "contract and getting a refund.</li></ul><p>A similar rule applies to poor "
                "services: the provider can be required to fix defects free of charge, lower the "
                "price or refund you. The right choice depends on the defect, the type of goods "
                "and the warranty.</p>",
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
                    "excerpt": "The law sets the periods for claims about defects in goods. They are "
                    "counted from the warranty period, shelf life or service life of the goods.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Do not miss the deadline",
                    "text": "Claim periods are set by law and vary by type of goods. Contact the seller "
                    "as soon as you notice a defect, and check the exact period in the current "
                    "law on adilet.zan.kz.",
                },
            ),
            (
                "case",
                {
                    "title": "A washing machine in a village",
                    "situation": "Gulnar lives in a village in Turkistan region. She bought a washing machine "
                    "with delivery and a warranty card from a Shymkent shop. Two weeks later it "
                    "stopped draining and kept halting mid-wash. The shop said: “We cannot send "
                    "a technician to the village.”",
                    "question": "What can Gulnar demand, and how should she act?",
                    "answer": "The defect appeared under warranty, so Gulnar can demand free repair, a "
                    "replacement or a refund. She films the fault, keeps the receipt and "
                    "warranty card and sends the shop a written claim. As the village is far "
                    "away, she should agree in writing with the seller how the machine will "
                    "reach an inspection.",
                },
            ),
            ("heading", "Good-quality goods that did not suit you"),
            (
                "paragraph",
                "<p>Sometimes nothing is wrong with an item, but the size, colour or style does not suit "
                "you. Here too the law allows, under certain conditions, an exchange or a return.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "consumer-protection",
                    "article": "Article 30",
                    "excerpt": "If unused non-food goods of proper quality keep their appearance, seals and "
                    "labels and there is proof of purchase, the seller must exchange or take "
                    "them back within the period set by law. Some goods, such as medicines and "
                    "underwear, are excluded.",
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
                "<p>Ауызша дау көбіне «біз естіген жоқпыз» деген сөзбен аяқталады. Жазбаша талап "
                "(претензия) сатушыға ресми жүгінгеніңізді, нені және қашан талап еткеніңізді көрсетеді. "
                "Кейін уәкілетті органға не сотқа барсаңыз, ол маңызды дәлелге айналады, ал көп жағдайда "
                "дау осы кезеңде-ақ шешіледі.</p>",
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
                "<p>Талапты екі дана етіп жасаңыз. Өз данаңызға сатушыдан қабылдаған күнін, қызметкердің "
                "аты-жөнін жазып, қол қоюын сұраңыз. Бас тартса, талапты хабарламасы бар тапсырыс хатпен "
                "не сатушының ресми электрондық поштасына жіберіңіз.</p>",
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
                    "answer": "Ерлан дүкеннің атауын, сатып алған күнін, бағасын және чек нөмірін "
                    "көрсетеді. Ақаудың белгілерін сипаттап, телефонда механикалық зақым жоқ екенін "
                    "жазады әрі видеоға түсіреді. Бір нақты талап қояды, мысалы, телефонды жаңасына "
                    "ауыстыруды сұрайды. Кепілдік мерзімі ішінде ақаудың тұтынушы кінәсінен болғанын "
                    "әдетте сатушы дәлелдеуге тиіс екенін, ал келіспеушілік болса, сараптама сұрайтынын "
                    "қосады. Жауап мерзімін көрсетіп, қол қояды және қабылданғаны белгіленген дананы "
                    "өзінде қалдырады.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Сабырлы әрі нақты жазыңыз",
                    "text": "Талапқа ашу мен қоқан-лоқы емес, фактілер мен анық өтініш керек. Бір "
                    "негізгі талап қойыңыз: «не жөндеңіз, не ауыстырыңыз, не ақшамды қайтарыңыз» "
                    "деп жазу жауапты кешіктіруі мүмкін.",
                },
            ),
            ("heading", "Талап жазуға көмек керек болса"),
            (
                "paragraph",
                "<p>Талапты өзіңіз жаза алмасаңыз, көмек сұраңыз. Мемлекет кепілдік берген тегін заң "
                "көмегі азаматтық істерде ауызша және жазбаша кеңес беруді, соның ішінде өтініш пен шағым "
                "дайындауды қамтиды. Оны кімдер тегін ала алатынын заң айқындайды.</p>",
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
                "<p>Устный спор часто заканчивается словами «мы ничего не слышали». Письменная претензия "
                "показывает, что вы официально обратились к продавцу, что и когда потребовали. Если позже "
                "вы пойдёте в уполномоченный орган или в суд, она станет важным доказательством, а нередко "
                "спор решается уже на этом этапе.</p>",
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
                "<p>Составьте претензию в двух экземплярах. Попросите продавца указать на вашем экземпляре "
                "дату принятия, фамилию и имя сотрудника и расписаться. Если отказываются, отправьте "
                "претензию заказным письмом с уведомлением или на официальную электронную почту "
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
                    "answer": "Ерлан указывает название магазина, дату покупки, цену и номер чека. Он "
                    "описывает признаки неисправности, отмечает, что механических повреждений нет, и "
                    "снимает это на видео. Он выдвигает одно конкретное требование, например замену "
                    "телефона на новый. Он добавляет, что в гарантийный срок вину потребителя в поломке, "
                    "как правило, должен доказывать продавец, а при несогласии просит провести "
                    "экспертизу. Он указывает срок для ответа, подписывает претензию и оставляет себе "
                    "экземпляр с отметкой о принятии.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Пишите спокойно и конкретно",
                    "text": "В претензии нужны факты и ясная просьба, а не гнев и угрозы. Выдвигайте "
                    "одно основное требование: фраза «почините, замените или верните деньги» "
                    "может затянуть ответ.",
                },
            ),
            ("heading", "Если нужна помощь с претензией"),
            (
                "paragraph",
                "<p>Если не можете написать претензию сами, попросите помощи. Гарантированная государством "
                "бесплатная юридическая помощь по гражданским делам включает устные и письменные "
                "консультации, в том числе составление заявлений и жалоб. Кто может получить её "
                "бесплатно, определяет закон.</p>",
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
                "<p>A spoken dispute often ends with “we never heard about it”. A written claim "
                "(pretension) shows that you formally contacted the seller, and what you asked for and "
                "when. If you later go to the authorised body or a court, it becomes important evidence, "
                "and often the dispute ends at this stage.</p>",
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
                "<li><b>To:</b> the full name and address of the shop or company (see the receipt or the "
                "website).</li>"
                "<li><b>From:</b> your full name, address and phone number.</li>"
                "<li><b>Facts:</b> what was bought, when and for how much; when and how the defect "
                "appeared.</li>"
                "<li><b>Your demand:</b> one of these — repair, replacement, a price reduction or a "
                "refund.</li>"
                "<li><b>Attachments:</b> copies of the receipt and warranty card, photos.</li>"
                "<li><b>Date and signature.</b></li>"
                "</ol>"
                "<p>Make two copies. Ask the seller to write the date of receipt and the employee’s name on "
                "your copy and to sign it. If they refuse, send the claim by registered mail with proof "
                "of delivery or to the seller’s official email.</p>",
            ),
            (
                "case",
                {
                    "title": "A smartphone from Shymkent",
                    "situation": "Yerlan bought a smartphone with a warranty in a Shymkent shopping centre. A "
                    "month later the screen began flickering and the phone kept switching off. "
                    "The seller said: “You must have dropped it; repairs are paid.” Yet the "
                    "phone shows no sign of impact.",
                    "question": "How should Yerlan put his claim together?",
                    "answer": "Yerlan states the shop’s name, the purchase date, the price and the receipt "
                    "number. He describes the symptoms, notes that the phone has no mechanical damage and "
                    "films it. He makes one specific demand, such as a new phone in exchange. He adds that "
                    "during the warranty period the seller, as a rule, must prove the consumer caused the "
                    "fault, and that if they disagree he asks for an expert examination. He sets a period "
                    "for a reply, signs and keeps a copy marked as received.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Write calmly and precisely",
                    "text": "A claim needs facts and a clear request, not anger or threats. Make one "
                    "main demand: writing “repair it, replace it or refund me” may delay the "
                    "reply.",
                },
            ),
            ("heading", "If you need help with the claim"),
            (
                "paragraph",
                "<p>If you cannot write the claim yourself, ask for help. State-guaranteed free legal aid "
                "in civil matters includes oral and written consultations, including drafting "
                "applications and complaints. The law determines who can receive it free of charge.</p>",
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
                "<p>Сатушы жауап бермесе не негізсіз бас тартса, тұтынушылардың құқықтарын "
                "қорғау жөніндегі уәкілетті мемлекеттік органға жүгініңіз; оның бөлімшелері "
                "облыстарда және республикалық маңызы бар қалаларда жұмыс істейді. Өтінішті "
                "қағазбен не eOtinish арқылы беріп, оған талабыңызды және сатушының жауабын "
                "(болса) тіркеңіз. Тұтынушылардың қоғамдық бірлестіктері де кеңес бере "
                "алады.</p>",
            ),
            ("heading", "Сот"),
            (
                "paragraph",
                "<p>Дау бейбіт жолмен шешілмесе, сотқа талап-арыз беріңіз; оны «Сот кабинеті» "
                "сервисі арқылы онлайн да жіберуге болады. Сомасы шағын даулар жеңілдетілген "
                "тәртіппен қаралуы мүмкін. Сотта ақшаны қайтаруды және залалды өндіріп беруді "
                "сұрауға болады. Мемлекеттік баж туралы қолданыстағы ережелерді алдын ала "
                "тексеріңіз.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Талап-арыз",
                    "definition": "Сотқа берілетін ресми құжат: онда талапкердің кімнен не талап ететіні, оның "
                    "негіздері мен дәлелдері көрсетіледі.",
                },
            ),
            ("heading", "Тегін заң көмегі"),
            (
                "paragraph",
                "<p>Заңгерге ақы төлей алмасаңыз:</p><ul><li><b>1414</b> — тегін құқықтық "
                "ақпарат беретін байланыс орталығы;</li><li><b>E-Zan komegi</b> — Әділет "
                "министрлігі порталындағы тегін заң көмегі жүйесі және «Zan komegi» "
                "қосымшасы;</li><li>университеттердің заң клиникалары.</li></ul><p>Азаматтық "
                "істерде мемлекет кепілдік берген көмек кеңес беруді (құжат дайындауды қоса) "
                "және сотта, мемлекеттік органдарда өкілдік етуді қамтиды. Құқықтық ақпарат "
                "барлығына тегін, ал тегін кеңес пен өкілдік алатындардың санаттарын заң "
                "белгілейді. Тегін көмек үшін ақша сұралса, бұл — дабыл белгісі.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "advocacy-legal-aid",
                    "article": "26-бап",
                    "excerpt": "Мемлекет кепілдік берген заң көмегі құқықтық ақпарат беруді де қамтиды. "
                    "Мұндай ақпарат жеке және заңды тұлғалар үшін тегін.",
                },
            ),
            ("heading", "Онлайн сауда және жасанды интеллект"),
            (
                "paragraph",
                "<p>Тұтынушы құқықтары интернетте де күшінде. Тапсырыс бермес бұрын сатушының "
                "кім екенін және қайтару шарттарын тексеріңіз; тапсырыс нөмірін, скриншоттар мен "
                "хат алмасуды сақтаңыз. Жасанды интеллект "
                "(ЖИ) жылдам жауап бергенімен, қателесуі, жоқ «заң нормасын» ойдан шығаруы не "
                "дербес деректерді артық жинауы мүмкін. Қазақстанда 200 адам қатысқан "
                "сауалнамада 68 пайызы ЖИ қосымшаларын пайдаланатынын айтқан, бірақ ЖИ-мен "
                "қарым-қатынастағы құқығын тек 23 пайызы біледі.</p>",
            ),
            (
                "case",
                {
                    "title": "Қостанайдан онлайн тапсырыс",
                    "situation": "Қостанайлық Айгүл интернеттен құлаққап сатып алды. Құлаққаптың бір жағы "
                    "мүлдем дыбыс шығармады. Дүкеннің чат-боты: «Онлайн сатылған тауар "
                    "қайтарылмайды», — деп жауап берді, ал оператор табылмады.",
                    "question": "Айгүл енді не істей алады?",
                    "answer": "Чат-боттың жауабы заңның орнын баспайды. Айгүл тапсырыс деректерін, "
                    "ақаудың видеосын және чат скриншотын сақтап, дүкеннің ресми мекенжайына не "
                    "электрондық поштасына жазбаша талап жібереді. Жауап болмаса, eOtinish арқылы "
                    "уәкілетті органға шағымданады, ал құжат жазуға көмек керек болса, E-Zan komegi "
                    "жүйесіне не 1414 нөміріне жүгінеді.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "ЖИ-кеңесші заңгер емес",
                    "text": "ЖИ құралдары бағыт-бағдар алуға көмектеседі, бірақ адвокаттың орнын "
                    "баспайды. 2025 жылы АҚШ-тың Федералдық сауда комиссиясы «ЖИ-заңгер» деп "
                    "жарнамаланған DoNotPay сервисіне жаңылыстыратын уәделері үшін айыппұл "
                    "салды. Маңызды шешім алдында ақпарат көзін тексеріп, маманмен кеңесіңіз.",
                },
            ),
        ],
        "ru": [
            ("heading", "Государственный уполномоченный орган"),
            (
                "paragraph",
                "<p>Если продавец не отвечает или необоснованно отказывает, обратитесь в "
                "уполномоченный государственный орган по защите прав потребителей; его "
                "подразделения работают в областях и городах республиканского значения. Подайте "
                "обращение на бумаге или через eOtinish, приложив претензию и ответ продавца "
                "(если есть). Проконсультировать могут и общественные объединения "
                "потребителей.</p>",
            ),
            ("heading", "Суд"),
            (
                "paragraph",
                "<p>Если спор не решён миром, подайте в суд исковое заявление; это можно сделать "
                "и онлайн через сервис «Судебный кабинет». Споры на небольшие суммы могут "
                "рассматриваться в упрощённом порядке. В суде можно просить вернуть деньги и "
                "взыскать убытки. Заранее проверьте действующие правила о государственной "
                "пошлине.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Исковое заявление",
                    "definition": "Официальный документ для суда: в нём указано, что и от кого требует истец, "
                    "на каких основаниях и с какими доказательствами.",
                },
            ),
            ("heading", "Бесплатная юридическая помощь"),
            (
                "paragraph",
                "<p>Если нет возможности заплатить юристу:</p><ul><li><b>1414</b> — "
                "контакт-центр, где дают бесплатную правовую информацию;</li><li><b>E-Zan "
                "komegi</b> — система бесплатной юридической помощи на портале Министерства "
                "юстиции и приложение «Zan komegi»;</li><li>юридические клиники "
                "университетов.</li></ul><p>По гражданским делам гарантированная государством "
                "помощь включает консультирование (в том числе составление документов) и "
                "представительство в суде и государственных органах. Правовая информация "
                "бесплатна для всех, а категории лиц, получающих бесплатные консультации и "
                "представительство, определяет закон. Если за бесплатную помощь просят деньги, "
                "это тревожный сигнал.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "advocacy-legal-aid",
                    "article": "Статья 26",
                    "excerpt": "Гарантированная государством юридическая помощь включает и правовое "
                    "информирование. Такая информация предоставляется физическим и юридическим лицам "
                    "бесплатно.",
                },
            ),
            ("heading", "Онлайн-покупки и искусственный интеллект"),
            (
                "paragraph",
                "<p>Права потребителя действуют и в интернете. До заказа проверьте, кто продавец "
                "и каковы условия возврата; сохраняйте номер заказа, скриншоты и переписку. "
                "Искусственный интеллект (ИИ) отвечает "
                "быстро, но может ошибаться, выдумывать несуществующие «нормы закона» или "
                "собирать лишние персональные данные. В опросе 200 человек в Казахстане 68% "
                "сказали, что пользуются приложениями с ИИ, но лишь 23% знают свои права при "
                "взаимодействии с ИИ.</p>",
            ),
            (
                "case",
                {
                    "title": "Онлайн-заказ из Костаная",
                    "situation": "Айгуль из Костаная купила наушники онлайн. Один наушник совсем не издавал "
                    "звука. Чат-бот магазина ответил: «Товар, проданный онлайн, возврату не "
                    "подлежит», а оператор был недоступен.",
                    "question": "Что теперь может сделать Айгуль?",
                    "answer": "Ответ чат-бота не заменяет закон. Айгуль сохраняет данные заказа, видео "
                    "неисправности и скриншот чата и направляет письменную претензию на официальный адрес "
                    "или электронную почту магазина. Если ответа нет, она жалуется в уполномоченный орган "
                    "через eOtinish, а за помощью с документами обращается в систему E-Zan komegi или по "
                    "номеру 1414.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "ИИ-консультант — не юрист",
                    "text": "Инструменты ИИ помогают сориентироваться, но не заменяют адвоката. В 2025 году "
                    "Федеральная торговая комиссия США оштрафовала сервис DoNotPay, рекламировавшийся как "
                    "«ИИ-юрист», за вводящие в заблуждение обещания. Перед важным решением проверьте "
                    "источник информации и посоветуйтесь со специалистом.",
                },
            ),
        ],
        "en": [
            ("heading", "The state authorised body"),
            (
                "paragraph",
                "<p>If the seller does not reply or refuses without good reason, turn to the "
                "authorised state body for consumer protection; its units work in the regions "
                "and cities of republican significance. Apply on paper or via eOtinish, "
                "attaching your claim and any reply from the seller. Public consumer "
                "associations can also advise you.</p>",
            ),
            ("heading", "Court"),
            (
                "paragraph",
                "<p>If no amicable settlement is reached, file a statement of claim with a court (it can also be "
                "filed online via “Sot kabineti”, the Court Office service). Small-sum disputes may be heard "
                "under a simplified procedure. You can claim a refund and your losses. Check the current "
                "state fee rules first.</p>",
            ),
            (
                "key_term",
                {
                    "term": "Statement of claim",
                    "definition": "An official court document stating what the claimant demands, from whom, on "
                    "what grounds and with what evidence.",
                },
            ),
            ("heading", "Free legal aid"),
            (
                "paragraph",
                "<p>If you cannot afford a lawyer:</p><ul><li><b>1414</b> — a contact centre "
                "giving free legal information;</li><li><b>E-Zan komegi</b> — the free legal aid "
                "system on the Ministry of Justice portal, and the “Zan komegi” "
                "app;</li><li>university legal clinics.</li></ul><p>In civil matters, "
                "state-guaranteed aid covers consultation (including drafting documents) and "
                "representation in court and before state bodies. Legal information is free for "
                "all; the law sets which groups get free consultation and representation. Being "
                "asked to pay for free aid is a warning sign.</p>",
            ),
            (
                "legal_provision",
                {
                    "act": "advocacy-legal-aid",
                    "article": "Article 26",
                    "excerpt": "State-guaranteed legal aid also includes legal information. Such information "
                    "is free of charge for individuals and legal entities.",
                },
            ),
            ("heading", "Online shopping and artificial intelligence"),
            (
                "paragraph",
                "<p>Consumer rights apply online too. Before ordering, check who the seller is "
                "and the return terms; keep the order number, screenshots and messages. "
                "Artificial intelligence (AI) replies fast but can "
                "make mistakes, invent “legal rules” that do not exist or collect too much "
                "personal data. In a survey of 200 people in Kazakhstan, 68% said they use AI "
                "apps, yet only 23% know their rights when dealing with AI.</p>",
            ),
            (
                "case",
                {
                    "title": "An online order from Kostanay",
                    "situation": "Aigul from Kostanay bought headphones online. One earpiece made no sound at "
                    "all. The shop’s chatbot replied: “Goods sold online cannot be returned”, "
                    "and no operator was available.",
                    "question": "What can Aigul do now?",
                    "answer": "A chatbot’s reply does not override the law. Aigul saves the order details, "
                    "a video of the fault and a chat screenshot and sends a written claim to the "
                    "shop’s official address or email. With no reply, she complains to the "
                    "authorised body via eOtinish; for help with documents she turns to E-Zan "
                    "komegi or 1414.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "An AI adviser is not a lawyer",
                    "text": "AI tools help you get oriented but do not replace an advocate. In 2025 the "
                    "US Federal Trade Commission fined DoNotPay, marketed as an “AI lawyer”, for "
                    "misleading promises. Check your sources and consult a specialist before "
                    "important decisions.",
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
