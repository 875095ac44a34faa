"""Demo assessment data for the course "Consumer rights and how to claim them" (consumer_rights.py).

Format: demo/content/QUIZ_FORMAT.md. Kazakh (kk) is the source text; Russian (ru) and English (en)
say the same thing. Facts come from the course lessons and shared/DOMAIN.md; articles are the ones
the course itself cites. Exact time limits are deliberately not given: the lessons leave them to the
current text of the law on adilet.zan.kz. The wording is our own.
"""

_TRUE = {"kk": "Дұрыс", "ru": "Верно", "en": "True"}
_FALSE = {"kk": "Бұрыс", "ru": "Неверно", "en": "False"}

_CP_1 = {"kk": "1-бап", "ru": "Статья 1", "en": "Article 1"}
_CP_16 = {"kk": "16-бап", "ru": "Статья 16", "en": "Article 16"}
_CP_17 = {"kk": "17-бап", "ru": "Статья 17", "en": "Article 17"}
_CP_30 = {"kk": "30-бап", "ru": "Статья 30", "en": "Article 30"}
_CONSTITUTION_13_3 = {"kk": "13-бап, 3-тармақ", "ru": "Статья 13, пункт 3", "en": "Article 13(3)"}
_AID_26 = {"kk": "26-бап", "ru": "Статья 26", "en": "Article 26"}

SCENARIOS = [
    {
        "key": "cr-case-winter-boots",
        "title": {
            "kk": "Ақтөбедегі қысқы етік",
            "ru": "Зимние сапоги из Актобе",
            "en": "Winter boots from Aktobe",
        },
        "situation": {
            "kk": "Ақтөбелік Дана дүкеннен қысқы етік сатып алып, ақысын банк картасымен төледі. Үш аптадан "
            "кейін етіктің табаны жарылып, ішіне су өте бастады. Дана чекті жоғалтып алған, ал сатушы: "
            "«Чек жоқ болса, ештеңе қайтармаймыз, оның үстіне етікті киіп жүрдіңіз», — деді.",
            "ru": "Дана из Актобе купила в магазине зимние сапоги и оплатила их банковской картой. Через три "
            "недели подошва треснула, и сапоги стали промокать. Дана потеряла чек, а продавец сказал: "
            "«Без чека ничего не возвращаем, к тому же вы сапоги носили».",
            "en": "Dana from Aktobe bought winter boots in a shop and paid by bank card. Three weeks later "
            "the sole cracked and water started coming in. Dana has lost the receipt, and the seller "
            "said: “No receipt, no return, and besides, you have been wearing them.”",
        },
    },
]

ITEMS = [
    # -----------------------------------------------------------------------
    # Pre/post pool: consumer.rights-basics
    # -----------------------------------------------------------------------
    {
        "key": "cr-01",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.rights-basics"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Төмендегі адамдардың қайсысы тұтынушылардың құқықтарын қорғау туралы заң бойынша "
            "тұтынушы ретінде қорғалады?",
            "ru": "Кто из этих людей защищён законом о защите прав потребителей как потребитель?",
            "en": "Which of these people is protected as a consumer under the consumer protection law?",
        },
        "options": [
            {
                "text": {
                    "kk": "Отбасына тоңазытқыш сатып алған Мақсат",
                    "ru": "Максат, купивший холодильник для своей семьи",
                    "en": "Maksat, who bought a fridge for his family",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ол тауарды кәсіпкерлік үшін емес, отбасылық қажеттілік үшін алды.",
                    "ru": "Верно: он купил товар не для предпринимательства, а для нужд семьи.",
                    "en": "Correct: he bought the goods for his family's needs, not for business.",
                },
            },
            {
                "text": {
                    "kk": "Дүкенінде қайта сату үшін көтерме ұн алған кәсіпкер",
                    "ru": "Предприниматель, купивший оптом муку для перепродажи в своём магазине",
                    "en": "A business owner who bought flour in bulk to resell in his shop",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қайта сату — кәсіпкерлік мақсат, ал заң жеке, отбасылық не тұрмыстық "
                    "қажеттілік үшін сатып алушыны қорғайды.",
                    "ru": "Неверно: перепродажа — цель предпринимательская, а закон защищает того, кто "
                    "покупает для личных, семейных или бытовых нужд.",
                    "en": "Wrong: reselling is a business purpose, while the law protects people buying "
                    "for personal, family or household needs.",
                },
            },
            {
                "text": {
                    "kk": "Тауарды сатып отырған дүкен қызметкері",
                    "ru": "Сотрудник магазина, который продаёт товар",
                    "en": "The shop assistant who is selling the goods",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: дүкен қызметкері сатушы тарапынан әрекет етеді, ол бұл мәміледе тұтынушы емес.",
                    "ru": "Неверно: сотрудник магазина действует на стороне продавца и в этой сделке не "
                    "является потребителем.",
                    "en": "Wrong: the shop assistant acts for the seller and is not the consumer in this sale.",
                },
            },
            {
                "text": {
                    "kk": "Тек шетелден тауар алдыратын адам",
                    "ru": "Только тот, кто заказывает товар из-за границы",
                    "en": "Only someone who orders goods from abroad",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тауардың қайдан әкелінгені маңызды емес, маңыздысы — оның не үшін сатып алынғаны.",
                    "ru": "Неверно: важно не то, откуда товар, а то, для чего его покупают.",
                    "en": "Wrong: what matters is not where the goods come from but what they are bought for.",
                },
            },
        ],
        "explanation": {
            "kk": "Тұтынушы — тауарды не қызметті кәсіпкерлік үшін емес, жеке, отбасылық не тұрмыстық "
            "қажеттілігі үшін алатын азамат. Отбасына тоңазытқыш алған адам дәл осындай.",
            "ru": "Потребитель — гражданин, который приобретает товар или услугу для личных, семейных или "
            "бытовых нужд, а не для предпринимательства. Человек, купивший холодильник для семьи, — "
            "именно такой случай.",
            "en": "A consumer is a citizen who acquires goods or services for personal, family or "
            "household needs, not for business. Someone buying a fridge for the family is exactly that.",
        },
        "act": "consumer-protection",
        "article": _CP_1,
    },
    {
        "key": "cr-02",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.rights-basics"],
        "difficulty": 1,
        "scenario": None,
        "stem": {
            "kk": "Айжан кафесіне 20 орындық сатып алды, ал Бауыржан өз пәтеріне бір орындық алды. Осы "
            "сатып алулардың қайсысында адам тұтынушы ретінде әрекет етеді?",
            "ru": "Айжан купила 20 стульев для своего кафе, а Бауыржан — один стул для своей квартиры. В "
            "какой из этих покупок человек выступает как потребитель?",
            "en": "Aizhan bought 20 chairs for her café, and Bauyrzhan bought one chair for his flat. In "
            "which of these purchases does the person act as a consumer?",
        },
        "options": [
            {
                "text": {
                    "kk": "Бауыржанның пәтеріне орындық алуында",
                    "ru": "Когда Бауыржан покупает стул для своей квартиры",
                    "en": "Bauyrzhan buying a chair for his flat",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: үйге арналған сатып алу — тұрмыстық қажеттілік, сондықтан Бауыржан тұтынушы.",
                    "ru": "Верно: покупка для дома — бытовая нужда, поэтому Бауыржан потребитель.",
                    "en": "Correct: a purchase for the home is a household need, so Bauyrzhan is a consumer.",
                },
            },
            {
                "text": {
                    "kk": "Айжанның кафесіне орындық алуында",
                    "ru": "Когда Айжан покупает стулья для своего кафе",
                    "en": "Aizhan buying chairs for her café",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: кафе — кәсіпкерлік, ал кәсіпкерлік үшін алынған тауар бойынша адам "
                    "тұтынушы болып саналмайды.",
                    "ru": "Неверно: кафе — это предпринимательство, а покупая товар для бизнеса, человек "
                    "не считается потребителем.",
                    "en": "Wrong: a café is a business, and someone buying for a business is not treated "
                    "as a consumer.",
                },
            },
            {
                "text": {
                    "kk": "Екеуінде де, өйткені екеуі де ақша төледі",
                    "ru": "В обеих, ведь оба заплатили деньги",
                    "en": "In both, since both of them paid money",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ақы төлеудің өзі жеткіліксіз, сатып алудың мақсаты шешуші.",
                    "ru": "Неверно: самого факта оплаты мало, решает цель покупки.",
                    "en": "Wrong: paying is not enough; the purpose of the purchase decides.",
                },
            },
            {
                "text": {
                    "kk": "Ешқайсысында да, өйткені орындық — қымбат тауар емес",
                    "ru": "Ни в одной, потому что стул — недорогой товар",
                    "en": "In neither, because a chair is not an expensive item",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң тауардың бағасына қарамай, жеке қажеттілік үшін сатып алушыны қорғайды.",
                    "ru": "Неверно: закон защищает покупателя для личных нужд независимо от цены товара.",
                    "en": "Wrong: the law protects people buying for personal needs whatever the price.",
                },
            },
        ],
        "explanation": {
            "kk": "Адамды тұтынушы ететін — сатып алудың мақсаты: жеке, отбасылық не тұрмыстық қажеттілік. "
            "Кафеге арналған сатып алу кәсіпкерлікке жатады.",
            "ru": "Потребителем человека делает цель покупки: личные, семейные или бытовые нужды. Покупка "
            "для кафе относится к предпринимательству.",
            "en": "What makes someone a consumer is the purpose of the purchase: personal, family or "
            "household needs. Buying for a café is business.",
        },
        "act": "consumer-protection",
        "article": _CP_1,
    },
    {
        "key": "cr-03",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["consumer.rights-basics"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Ақаулы тауардан денсаулығыңызға зиян келсе, оны өтеуді тек сатушының кінәсі дәлелденген "
            "жағдайда ғана талап етуге болады.",
            "ru": "Если товар с недостатком причинил вред вашему здоровью, требовать возмещения можно только "
            "тогда, когда доказана вина продавца.",
            "en": "If a defective product harms your health, you can claim compensation only if the "
            "seller's fault is proven.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң бойынша зиянды өтеу құқығы сатушының кінәсіне байланысты емес.",
                    "ru": "Неверно: по закону право на возмещение вреда не зависит от вины продавца.",
                    "en": "Wrong: under the law the right to compensation does not depend on the seller's fault.",
                },
            },
            {
                "text": _FALSE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: кемшіліктен келген зиян сатушының кінәсіне қарамастан толық өтеледі.",
                    "ru": "Верно: вред от недостатка возмещается в полном объёме независимо от вины продавца.",
                    "en": "Correct: harm caused by a defect is compensated in full whatever the seller's fault.",
                },
            },
        ],
        "explanation": {
            "kk": "Тауардың кемшілігінен өмірге, денсаулыққа не мүлікке келген зиян толық көлемде өтеледі. "
            "Бұл құқық сатушының кінәсіне де, тұтынушының онымен шарт жасасқан-жасаспағанына да "
            "байланысты емес.",
            "ru": "Вред жизни, здоровью или имуществу от недостатков товара возмещается в полном объёме. Это "
            "право не зависит ни от вины продавца, ни от того, был ли у потребителя с ним договор.",
            "en": "Harm to life, health or property caused by defects is compensated in full. This right "
            "depends neither on the seller's fault nor on whether the consumer had a contract with them.",
        },
        "act": "consumer-protection",
        "article": _CP_16,
    },
    {
        "key": "cr-04",
        "pool": "prepost",
        "kind": "truefalse",
        "skills": ["consumer.rights-basics"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Серік шайнекті сыйлыққа алды, оны дүкеннен ағасы сатып алған. Шайнектің ақауынан Серіктің "
            "қолы күйді. Сатушымен шарт жасасқан Серік емес болса да, ол зиянды өтеуді талап ете алады.",
            "ru": "Серик получил чайник в подарок: его купил в магазине старший брат. Из-за недостатка "
            "чайника Серик обжёг руку. Хотя договор с продавцом заключал не Серик, он может требовать "
            "возмещения вреда.",
            "en": "Serik received a kettle as a gift; his elder brother bought it in a shop. A defect in the "
            "kettle burned Serik's hand. Although Serik did not make the contract with the seller, he can "
            "claim compensation for the harm.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: зиянды өтеу құқығы тұтынушының сатушымен шарт жасасқан-жасаспағанына "
                    "байланысты емес.",
                    "ru": "Верно: право на возмещение вреда не зависит от того, заключал ли потребитель "
                    "договор с продавцом.",
                    "en": "Correct: the right to compensation does not depend on whether the consumer had a "
                    "contract with the seller.",
                },
            },
            {
                "text": _FALSE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң зиян шеккен тұтынушыны шарт болмаса да қорғайды.",
                    "ru": "Неверно: закон защищает пострадавшего потребителя и без договора.",
                    "en": "Wrong: the law protects the injured consumer even without a contract.",
                },
            },
        ],
        "explanation": {
            "kk": "Кемшіліктен келген зиянды өтеуді кез келген зардап шеккен тұтынушы талап ете алады: "
            "сатушының кінәсі мен шарттың болуы бұл құқыққа әсер етпейді.",
            "ru": "Возмещения вреда от недостатка может требовать любой пострадавший потребитель: вина "
            "продавца и наличие договора на это право не влияют.",
            "en": "Any injured consumer can claim compensation for harm caused by a defect: neither the "
            "seller's fault nor a contract affects this right.",
        },
        "act": "consumer-protection",
        "article": _CP_16,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: consumer.return-goods
    # -----------------------------------------------------------------------
    {
        "key": "cr-05",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["consumer.return-goods"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Жаңа алынған шаңсорғыш бір аптадан кейін іске қосылмай қалды. Тұтынушы сатушыдан нені "
            "талап ете алады? Барлық дұрыс жауапты таңдаңыз.",
            "ru": "Новый пылесос через неделю перестал включаться. Что потребитель может потребовать от "
            "продавца? Выберите все правильные ответы.",
            "en": "A new vacuum cleaner stopped switching on after a week. What can the consumer demand from "
            "the seller? Choose all correct answers.",
        },
        "options": [
            {
                "text": {"kk": "Тегін жөндеуді", "ru": "Бесплатный ремонт", "en": "A free repair"},
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: кемшілікті тегін жою — заң берген таңдаулардың бірі.",
                    "ru": "Верно: бесплатное устранение недостатка — один из вариантов по закону.",
                    "en": "Correct: having the defect fixed free of charge is one of the legal options.",
                },
            },
            {
                "text": {
                    "kk": "Дәл сондай шаңсорғышқа ауыстыруды",
                    "ru": "Замену на такой же пылесос",
                    "en": "A replacement with an identical vacuum cleaner",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ақаулы тауарды дәл сондай тауарға ауыстыруды талап етуге болады.",
                    "ru": "Верно: можно потребовать замены на такой же товар.",
                    "en": "Correct: you can demand an identical item in exchange.",
                },
            },
            {
                "text": {
                    "kk": "Шартты бұзып, ақшаны қайтаруды",
                    "ru": "Расторжение договора и возврат денег",
                    "en": "Cancelling the contract and a refund",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ақаулы тауар үшін төленген ақшаны қайтаруды талап етуге болады.",
                    "ru": "Верно: за товар с недостатком можно потребовать вернуть деньги.",
                    "en": "Correct: you can demand your money back for defective goods.",
                },
            },
            {
                "text": {
                    "kk": "Жөндеу құнының жартысын өзі төлеп, жөндеуді",
                    "ru": "Ремонт с оплатой половины его стоимости самим потребителем",
                    "en": "A repair with the consumer paying half of its cost",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: кемшілікті жою тұтынушы үшін тегін болуға тиіс.",
                    "ru": "Неверно: устранение недостатка для потребителя должно быть бесплатным.",
                    "en": "Wrong: fixing a defect must be free for the consumer.",
                },
            },
            {
                "text": {
                    "kk": "Ақшаның орнына тек сол дүкеннің сыйлық картасын",
                    "ru": "Только подарочную карту этого магазина вместо денег",
                    "en": "Only a gift card for the same shop instead of money",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сыйлық картасы заңдағы таңдаулардың қатарында жоқ, оны алуға міндетті емессіз.",
                    "ru": "Неверно: подарочной карты нет среди вариантов закона, соглашаться на неё вы не обязаны.",
                    "en": "Wrong: a gift card is not one of the legal options, and you do not have to accept it.",
                },
            },
        ],
        "explanation": {
            "kk": "Тауардан кемшілік шықса, тұтынушы тегін жөндеуді, дәл сондай тауарға не басқа үлгіге "
            "ауыстыруды, бағаны төмендетуді немесе ақшаны қайтаруды таңдай алады. Шығынның бір бөлігін "
            "тұтынушыға жүктеу не ақшаның орнына сыйлық картасын ұсыну бұл қатарға кірмейді.",
            "ru": "При недостатке товара потребитель может выбрать бесплатный ремонт, замену на такой же "
            "товар или другую модель, уменьшение цены или возврат денег. Перекладывать на потребителя "
            "часть расходов или давать подарочную карту вместо денег в этот перечень не входит.",
            "en": "When goods are defective, the consumer can choose a free repair, a replacement with an "
            "identical item or another model, a price reduction or a refund. Making the consumer pay part "
            "of the cost or giving a gift card instead of money is not among them.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-06",
        "pool": "prepost",
        "kind": "multiple",
        "skills": ["consumer.return-goods"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Мадина сатып алған микротолқынды пештің есігі дұрыс жабылмайды. Заң бойынша Мадина "
            "таңдай алатын жолдарды белгілеңіз.",
            "ru": "У микроволновки, которую купила Мадина, плохо закрывается дверца. Отметьте варианты, "
            "которые Мадина может выбрать по закону.",
            "en": "The door of the microwave Madina bought does not close properly. Mark the options Madina "
            "can choose under the law.",
        },
        "options": [
            {
                "text": {
                    "kk": "Бағаны тиісінше төмендетуді талап ету",
                    "ru": "Потребовать соразмерно уменьшить цену",
                    "en": "Demand a proportionate price reduction",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ақау үшін бағаны тиісінше азайтуды сұрауға болады.",
                    "ru": "Верно: из-за недостатка можно просить соразмерно снизить цену.",
                    "en": "Correct: you may ask for the price to be reduced to reflect the defect.",
                },
            },
            {
                "text": {
                    "kk": "Басқа үлгіге ауыстырып, бағасын қайта есептеуді талап ету",
                    "ru": "Потребовать замену на другую модель с перерасчётом цены",
                    "en": "Demand another model, with the price recalculated",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: басқа үлгіге ауыстыру да заңдағы таңдаулардың бірі.",
                    "ru": "Верно: замена на другую модель тоже предусмотрена законом.",
                    "en": "Correct: switching to another model is also one of the legal options.",
                },
            },
            {
                "text": {
                    "kk": "Есікті тегін жөндетуді талап ету",
                    "ru": "Потребовать бесплатно отремонтировать дверцу",
                    "en": "Demand a free repair of the door",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: кемшілікті тегін жою — тұтынушының құқығы.",
                    "ru": "Верно: бесплатное устранение недостатка — право потребителя.",
                    "en": "Correct: a free repair of the defect is the consumer's right.",
                },
            },
            {
                "text": {
                    "kk": "Тек дайындаушы зауытқа өзі хат жазуы керек, сатушы ештеңе істемейді",
                    "ru": "Только самой писать на завод-изготовитель, продавец ничего делать не обязан",
                    "en": "Only write to the factory herself; the seller owes her nothing",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ақаулы тауар бойынша талапты сатушыға қоюға болады.",
                    "ru": "Неверно: требования о товаре с недостатком можно предъявить продавцу.",
                    "en": "Wrong: demands about defective goods can be made to the seller.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе талап ете алмайды, өйткені пеш әлі де қызады",
                    "ru": "Ничего не может требовать, ведь печь всё ещё греет",
                    "en": "Nothing, because the oven still heats food",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тауар ішінара жұмыс істесе де, кемшілік — кемшілік, әрі есігі жабылмайтын "
                    "пеш қауіпті болуы мүмкін.",
                    "ru": "Неверно: даже если товар частично работает, недостаток остаётся недостатком, а "
                    "печь с незакрывающейся дверцей может быть опасна.",
                    "en": "Wrong: even if it partly works, a defect is still a defect, and an oven whose "
                    "door does not close may be unsafe.",
                },
            },
        ],
        "explanation": {
            "kk": "Кемшілігі бар тауар үшін тұтынушы бірнеше жолдың бірін таңдайды: тегін жөндеу, ауыстыру "
            "(дәл сондай тауарға не қайта есептеп, басқа үлгіге), бағаны төмендету немесе ақшаны "
            "қайтару. Талап сатушыға қойылады.",
            "ru": "По товару с недостатком потребитель выбирает один из вариантов: бесплатный ремонт, замену "
            "(на такой же товар или на другую модель с перерасчётом), уменьшение цены или возврат денег. "
            "Требование предъявляется продавцу.",
            "en": "For defective goods, the consumer chooses one option: a free repair, a replacement (an "
            "identical item or another model with the price recalculated), a price reduction or a refund. "
            "The demand is made to the seller.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-07",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.return-goods"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Тауардағы кемшілікке қатысты талап қою мерзімі туралы қай тұжырым дұрыс?",
            "ru": "Какое утверждение о сроках предъявления требований по недостаткам товара верно?",
            "en": "Which statement about the time limits for claims about defects in goods is correct?",
        },
        "options": [
            {
                "text": {
                    "kk": "Мерзімдерді заң белгілейді, олар кепілдік, жарамдылық не қызмет ету мерзіміне "
                    "қарай есептеледі",
                    # DEMO MISTRANSLATION (issue 9, demo/analytics.py): the Russian text of the right
                    # option says "the seller's rules set the periods" instead of "the law sets the
                    # periods", so it reads like the wrong option about shops. Russian-speaking demo
                    # learners fail this item far more often at equal total score and the
                    # Mantel-Haenszel check flags it (ETS class C). Do not "fix" it: tests rely on it.
                    "ru": "Сроки устанавливает продавец в своих правилах, они исчисляются исходя из "
                    "гарантийного срока, срока годности или срока службы",
                    "en": "The law sets the periods, counted from the warranty period, shelf life or service life",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: мерзім тауардың түріне байланысты, сондықтан оны заңның қолданыстағы "
                    "мәтінінен тексеру керек.",
                    "ru": "Верно: срок зависит от вида товара, поэтому его надо проверять в действующем тексте закона.",
                    "en": "Correct: the period depends on the type of goods, so check it in the current "
                    "text of the law.",
                },
            },
            {
                "text": {
                    "kk": "Мерзімді әр дүкен өз қалауынша белгілейді",
                    "ru": "Каждый магазин устанавливает срок по своему усмотрению",
                    "en": "Each shop sets the period as it wishes",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: талап қою мерзімдерін дүкен емес, заң белгілейді.",
                    "ru": "Неверно: сроки для требований устанавливает закон, а не магазин.",
                    "en": "Wrong: claim periods are set by law, not by the shop.",
                },
            },
            {
                "text": {
                    "kk": "Барлық тауар үшін мерзім бірдей және ол ешқашан өзгермейді",
                    "ru": "Срок одинаков для всех товаров и никогда не меняется",
                    "en": "The period is the same for all goods and never changes",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мерзімдер тауардың түріне қарай әртүрлі, ал заң өзгеруі мүмкін.",
                    "ru": "Неверно: сроки зависят от вида товара, а закон может меняться.",
                    "en": "Wrong: periods differ by type of goods, and the law can change.",
                },
            },
            {
                "text": {
                    "kk": "Мерзім жоқ: талапты кез келген уақытта қоюға болады",
                    "ru": "Срока нет: требование можно предъявить когда угодно",
                    "en": "There is no limit: you can make a claim at any time",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мерзімді өткізіп алсаңыз, талабыңызды қанағаттандыру қиындауы мүмкін.",
                    "ru": "Неверно: если пропустить срок, добиться удовлетворения требования может быть трудно.",
                    "en": "Wrong: if you miss the period, getting your claim met may become difficult.",
                },
            },
        ],
        "explanation": {
            "kk": "Тауардағы кемшілік бойынша талап қою мерзімдерін заң белгілейді және олар кепілдік, "
            "жарамдылық не қызмет ету мерзіміне қарай есептеледі. Ақауды байқаған бойда сатушыға жүгініп, "
            "нақты мерзімді adilet.zan.kz сайтынан тексерген жөн.",
            "ru": "Сроки предъявления требований по недостаткам товара устанавливает закон, и они "
            "исчисляются исходя из гарантийного срока, срока годности или срока службы. Обращайтесь к "
            "продавцу сразу, а точный срок проверьте на adilet.zan.kz.",
            "en": "The law sets the periods for claims about defects, counted from the warranty period, "
            "shelf life or service life. Contact the seller straight away and check the exact period on "
            "adilet.zan.kz.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    {
        "key": "cr-08",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.return-goods"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Арман теледидардағы ақауды байқады. Досы: «Асықпа, жарты жылдан кейін барсаң да "
            "болады», — дейді. Арман қалай әрекет еткені дұрыс?",
            "ru": "Арман заметил неисправность телевизора. Друг советует: «Не спеши, можно и через полгода "
            "сходить». Как Арману правильно поступить?",
            "en": "Arman noticed a fault in his TV. A friend says: “No rush, you can go in six months.” What "
            "should Arman do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Сатушыға бірден жүгініп, заңдағы мерзімді adilet.zan.kz сайтынан тексеру",
                    "ru": "Сразу обратиться к продавцу и проверить срок по закону на adilet.zan.kz",
                    "en": "Contact the seller at once and check the legal period on adilet.zan.kz",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: мерзімді заң белгілейді, сондықтан кешікпей әрекет еткен қауіпсіз.",
                    "ru": "Верно: срок устанавливает закон, поэтому безопаснее действовать без промедления.",
                    "en": "Correct: the law sets the period, so it is safest to act without delay.",
                },
            },
            {
                "text": {
                    "kk": "Досының кеңесіне сеніп, күте тұру",
                    "ru": "Поверить другу и подождать",
                    "en": "Trust his friend and wait",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заңдағы мерзім өтіп кетуі мүмкін, ал досының сөзі заң емес.",
                    "ru": "Неверно: срок по закону может истечь, а слова друга — не закон.",
                    "en": "Wrong: the legal period may run out, and a friend's word is not the law.",
                },
            },
            {
                "text": {
                    "kk": "Кепілдік талоны мен чекті лақтырып, ақауды өзі жөндеу",
                    "ru": "Выбросить гарантийный талон и чек и починить самому",
                    "en": "Throw away the warranty card and receipt and fix it himself",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: өз бетінше жөндеу мен құжаттарды жоғалту дауда дәлелсіз қалдырады.",
                    "ru": "Неверно: самостоятельный ремонт и потеря документов оставят его без доказательств.",
                    "en": "Wrong: repairing it himself and losing the documents leave him without evidence.",
                },
            },
            {
                "text": {
                    "kk": "Кепілдік мерзімі біткенше күтіп, содан кейін ғана жүгіну",
                    "ru": "Дождаться окончания гарантийного срока и только потом обращаться",
                    "en": "Wait until the warranty period ends and only then complain",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: кепілдік мерзімі ішінде жүгіну тұтынушыға әлдеқайда тиімді.",
                    "ru": "Неверно: обращаться выгоднее именно в течение гарантийного срока.",
                    "en": "Wrong: it is far better to act while the warranty period is still running.",
                },
            },
        ],
        "explanation": {
            "kk": "Кемшілік бойынша талап қою мерзімдерін заң белгілейді және олар тауар түріне қарай "
            "әртүрлі. Сондықтан ақауды байқаған бойда сатушыға жүгініп, нақты мерзімді заңның "
            "қолданыстағы мәтінінен тексеру керек.",
            "ru": "Сроки требований по недостаткам устанавливает закон, и они разные для разных товаров. "
            "Поэтому к продавцу нужно обращаться сразу, как заметили недостаток, а точный срок проверять "
            "в действующем тексте закона.",
            "en": "The law sets claim periods for defects, and they differ by type of goods. So contact the "
            "seller as soon as you notice the defect and check the exact period in the current law.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: consumer.written-claim
    # -----------------------------------------------------------------------
    {
        "key": "cr-09",
        "pool": "prepost",
        "kind": "short",
        "skills": ["consumer.written-claim"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Тұтынушының бұзылған құқығын сотқа бармай қалпына келтіру үшін сатушыға жолдайтын "
            "жазбаша өтініші қалай аталады? Бір-екі сөзбен жазыңыз.",
            "ru": "Как называется письменное обращение потребителя к продавцу, чтобы восстановить "
            "нарушенное право без суда? Ответьте одним-двумя словами.",
            "en": "What is the name of a consumer's written request to a seller to restore a breached right "
            "without going to court? Answer in one or two words.",
        },
        "accepted": {
            "kk": ["претензия", "жазбаша претензия", "жазбаша талап", "талап хат"],
            "ru": ["претензия", "письменная претензия", "претензию", "письменную претензию"],
            "en": ["claim", "written claim", "pretension", "letter of claim", "a claim"],
        },
        "explanation": {
            "kk": "Бұл — претензия, яғни жазбаша талап. Ол сатушыға қашан және нені талап еткеніңізді "
            "көрсетеді, сондықтан заңдағы мерзімде талап қойғаныңыздың дәлелі болады.",
            "ru": "Это претензия, то есть письменное требование. Она показывает, что и когда вы "
            "потребовали от продавца, и поэтому доказывает, что требование предъявлено в срок по закону.",
            "en": "It is a claim (pretension), a written demand. It shows what you asked the seller for and "
            "when, so it proves you made your demand within the legal period.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    {
        "key": "cr-10",
        "pool": "prepost",
        "kind": "short",
        "skills": ["consumer.written-claim"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Сатушы ақаулы үтікті ауызша айтқаныңызда «естіген жоқпыз» деп жауап берді. Енді оған "
            "ресми түрде қандай құжат тапсырған жөн? Бір-екі сөзбен жазыңыз.",
            "ru": "Когда вы устно сказали продавцу о неисправном утюге, он ответил: «Мы ничего не "
            "слышали». Какой документ теперь стоит официально ему вручить? Ответьте одним-двумя словами.",
            "en": "When you told the seller about a faulty iron in person, they said: “We never heard about "
            "it.” What document should you now formally hand them? Answer in one or two words.",
        },
        "accepted": {
            "kk": ["претензия", "жазбаша претензия", "жазбаша талап", "талап хат", "претензияны"],
            "ru": ["претензия", "письменная претензия", "претензию", "письменную претензию"],
            "en": ["claim", "written claim", "pretension", "letter of claim", "a claim", "a written claim"],
        },
        "explanation": {
            "kk": "Ауызша сөзді жоққа шығару оңай, ал жазбаша талап (претензия) нені және қашан талап "
            "еткеніңізді тіркейді. Кейін уәкілетті органда не сотта ол маңызды дәлел болады.",
            "ru": "Устные слова легко отрицать, а письменная претензия фиксирует, что и когда вы "
            "потребовали. Позже в уполномоченном органе или в суде она станет важным доказательством.",
            "en": "Spoken words are easy to deny, but a written claim records what you demanded and when. "
            "Later, before the authorised body or a court, it becomes important evidence.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    {
        "key": "cr-11",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.written-claim"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Жанна претензиясына дүкеннің атауы мен мекенжайын, өз деректерін, тауарды қашан алғанын "
            "және ақаудың қалай білінгенін, чектің көшірмесін, күні мен қолын жазды. Оның претензиясында "
            "ең маңызды қай бөлік жетіспейді?",
            "ru": "В претензии Жанна указала название и адрес магазина, свои данные, когда купила товар и "
            "как проявился недостаток, приложила копию чека, поставила дату и подпись. Какой важнейшей "
            "части не хватает?",
            "en": "In her claim Zhanna gave the shop's name and address, her own details, when she bought the "
            "item and how the defect appeared, attached a copy of the receipt, and added the date and her "
            "signature. What key part is missing?",
        },
        "options": [
            {
                "text": {
                    "kk": "Нақты талап: жөндеу, ауыстыру, бағаны төмендету не ақшаны қайтару — біреуі",
                    "ru": "Конкретное требование: ремонт, замена, уменьшение цены или возврат денег — одно из них",
                    "en": "A specific demand: a repair, replacement, price reduction or refund — one of them",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: талап жазылмаса, сатушы сізден не күтілетінін білмейді.",
                    "ru": "Верно: без требования продавец не знает, чего от него ждут.",
                    "en": "Correct: without a demand the seller does not know what is expected.",
                },
            },
            {
                "text": {
                    "kk": "Дүкен директорының үй мекенжайы",
                    "ru": "Домашний адрес директора магазина",
                    "en": "The shop manager's home address",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: претензия дүкенге не компанияға жіберіледі, оның ресми мекенжайы жеткілікті.",
                    "ru": "Неверно: претензия направляется магазину или компании, достаточно их официального адреса.",
                    "en": "Wrong: the claim goes to the shop or company; its official address is enough.",
                },
            },
            {
                "text": {
                    "kk": "Сатушыны сотқа беремін деген қоқан-лоқы",
                    "ru": "Угроза подать на продавца в суд",
                    "en": "A threat to take the seller to court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: претензияға қоқан-лоқы емес, фактілер мен анық өтініш керек.",
                    "ru": "Неверно: претензии нужны факты и ясная просьба, а не угрозы.",
                    "en": "Wrong: a claim needs facts and a clear request, not threats.",
                },
            },
            {
                "text": {
                    "kk": "Чектің түпнұсқасы",
                    "ru": "Оригинал чека",
                    "en": "The original receipt",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: претензияға көшірме тіркеледі, түпнұсқаны өзіңізде сақтаған дұрыс.",
                    "ru": "Неверно: к претензии прикладывают копию, оригинал лучше оставить у себя.",
                    "en": "Wrong: a copy is attached to the claim; keep the original yourself.",
                },
            },
        ],
        "explanation": {
            "kk": "Претензия кімге және кімнен екенін, мән-жайын, бір нақты талапты, қосымшаларды, күні мен "
            "қолды қамтиды. Талапсыз құжат жай хабарлама болып қалады.",
            "ru": "Претензия содержит: кому и от кого, обстоятельства, одно конкретное требование, "
            "приложения, дату и подпись. Без требования документ остаётся просто уведомлением.",
            "en": "A claim states who it is to and from, the facts, one specific demand, the attachments, "
            "the date and a signature. Without a demand it is merely a notice.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    {
        "key": "cr-12",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.written-claim"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Марат претензиясына тек мынаны жазды: «“Техно” дүкеніне. Шаңсорғышты жаңасына "
            "ауыстыруыңызды талап етемін. Күні, қолы». Претензияны толық ету үшін ең алдымен не қосу "
            "керек?",
            "ru": "Марат написал в претензии только: «Магазину “Техно”. Требую заменить пылесос на новый. "
            "Дата, подпись». Что прежде всего нужно добавить, чтобы претензия была полной?",
            "en": "Marat's claim says only: “To the Techno shop. I demand that you replace the vacuum "
            "cleaner with a new one. Date, signature.” What must he add first to make it complete?",
        },
        "options": [
            {
                "text": {
                    "kk": "Өз деректерін және мән-жайын: не, қашан, қанша бағаға алынды, ақау қалай білінді",
                    "ru": "Свои данные и обстоятельства: что, когда и за сколько куплено, как проявился недостаток",
                    "en": "His own details and the facts: what was bought, when and for how much, and how "
                    "the defect appeared",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: жіберуші мен мән-жайсыз сатушы талапты тексере алмайды.",
                    "ru": "Верно: без отправителя и обстоятельств продавец не сможет проверить требование.",
                    "en": "Correct: without the sender and the facts, the seller cannot check the demand.",
                },
            },
            {
                "text": {
                    "kk": "Бірнеше қосымша талап: жөндеуді де, ақшаны қайтаруды да",
                    "ru": "Ещё несколько требований: и ремонт, и возврат денег",
                    "en": "More demands: both a repair and a refund",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бір негізгі талап жеткілікті, бірнеше талап жауапты кешіктіруі мүмкін.",
                    "ru": "Неверно: достаточно одного главного требования, несколько могут затянуть ответ.",
                    "en": "Wrong: one main demand is enough; several may delay the reply.",
                },
            },
            {
                "text": {
                    "kk": "Дүкенге деген ренішін сипаттайтын ұзақ мәтін",
                    "ru": "Длинный текст о своей обиде на магазин",
                    "en": "A long text about how upset he is with the shop",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: эмоция емес, фактілер маңызды.",
                    "ru": "Неверно: важны факты, а не эмоции.",
                    "en": "Wrong: facts matter, not emotions.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе, претензия осы күйінде толық",
                    "ru": "Ничего, претензия и так полная",
                    "en": "Nothing; the claim is complete as it is",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: онда кімнен екені мен не болғаны жазылмаған.",
                    "ru": "Неверно: в ней не указано, от кого она и что произошло.",
                    "en": "Wrong: it does not say who it is from or what happened.",
                },
            },
        ],
        "explanation": {
            "kk": "Толық претензияда кімге, кімнен, мән-жайы (не, қашан, қанша бағаға алынды, ақау қалай "
            "білінді), бір нақты талап, қосымшалар, күні мен қол болады. Маратта жіберуші мен мән-жай "
            "жоқ.",
            "ru": "В полной претензии есть: кому, от кого, обстоятельства (что, когда и за сколько куплено, "
            "как проявился недостаток), одно конкретное требование, приложения, дата и подпись. У Марата "
            "нет отправителя и обстоятельств.",
            "en": "A complete claim has the recipient, the sender, the facts (what was bought, when, for how "
            "much, how the defect appeared), one specific demand, attachments, the date and a signature. "
            "Marat's lacks the sender and the facts.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: consumer.complaint-routes
    # -----------------------------------------------------------------------
    {
        "key": "cr-13",
        "pool": "prepost",
        "kind": "matching",
        "skills": ["consumer.complaint-routes"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Әр жағдайды ең қолайлы жүгіну жолымен сәйкестендіріңіз.",
            "ru": "Сопоставьте каждую ситуацию с наиболее подходящим способом обращения.",
            "en": "Match each situation with the most suitable place to turn.",
        },
        "pairs": [
            {
                "left": {
                    "kk": "Құқығыңыз туралы тегін құқықтық ақпаратты телефонмен білгіңіз келеді",
                    "ru": "Вы хотите по телефону получить бесплатную правовую информацию о своих правах",
                    "en": "You want free legal information about your rights by phone",
                },
                "right": {
                    "kk": "1414 байланыс орталығы",
                    "ru": "Контакт-центр 1414",
                    "en": "The 1414 contact centre",
                },
            },
            {
                "left": {
                    "kk": "Сатушы претензияңызға жауап бермеді, мемлекеттік органға онлайн шағымданғыңыз келеді",
                    "ru": "Продавец не ответил на претензию, и вы хотите онлайн пожаловаться в государственный орган",
                    "en": "The seller ignored your claim and you want to complain to the state body online",
                },
                "right": {
                    "kk": "eOtinish арқылы уәкілетті органға өтініш",
                    "ru": "Обращение в уполномоченный орган через eOtinish",
                    "en": "An application to the authorised body via eOtinish",
                },
            },
            {
                "left": {
                    "kk": "Дау бейбіт шешілмеді, ақшаны және залалды өндіріп алғыңыз келеді",
                    "ru": "Спор миром не решён, и вы хотите взыскать деньги и убытки",
                    "en": "No settlement was reached and you want to recover your money and losses",
                },
                "right": {
                    "kk": "«Сот кабинеті» арқылы сотқа талап-арыз",
                    "ru": "Исковое заявление в суд через «Судебный кабинет»",
                    "en": "A statement of claim filed with a court via Sot kabineti",
                },
            },
            {
                "left": {
                    "kk": "Қалаңыздағы университеттің заң факультетінен тегін кеңес алғыңыз келеді",
                    "ru": "Вы хотите бесплатно проконсультироваться на юридическом факультете университета "
                    "в вашем городе",
                    "en": "You want free advice from the law faculty of a university in your city",
                },
                "right": {
                    "kk": "Университеттің заң клиникасы",
                    "ru": "Юридическая клиника университета",
                    "en": "A university legal clinic",
                },
            },
        ],
        "explanation": {
            "kk": "Тегін құқықтық ақпаратты 1414 береді; сатушы жауап бермесе, eOtinish арқылы уәкілетті "
            "органға жүгінесіз; ақша мен залалды сот арқылы өндіруге болады, талап-арызды «Сот "
            "кабинеті» арқылы да беруге болады; университеттердің заң клиникалары да тегін көмектеседі.",
            "ru": "Бесплатную правовую информацию даёт 1414; если продавец молчит, обращаются в "
            "уполномоченный орган через eOtinish; деньги и убытки взыскивают через суд, иск можно подать "
            "и через «Судебный кабинет»; бесплатно помогают и юридические клиники университетов.",
            "en": "1414 gives free legal information; if the seller stays silent, you turn to the authorised "
            "body via eOtinish; money and losses are recovered through a court, and the claim can be filed "
            "via Sot kabineti; university legal clinics also help for free.",
        },
        "act": "advocacy-legal-aid",
        "article": _AID_26,
    },
    {
        "key": "cr-14",
        "pool": "prepost",
        "kind": "matching",
        "skills": ["consumer.complaint-routes"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Әр арнаны оның сипаттамасымен сәйкестендіріңіз.",
            "ru": "Сопоставьте каждый канал с его описанием.",
            "en": "Match each channel with its description.",
        },
        "pairs": [
            {
                "left": {"kk": "1414", "ru": "1414", "en": "1414"},
                "right": {
                    "kk": "Тегін құқықтық ақпарат беретін байланыс орталығы",
                    "ru": "Контакт-центр, где дают бесплатную правовую информацию",
                    "en": "A contact centre giving free legal information",
                },
            },
            {
                "left": {"kk": "eOtinish", "ru": "eOtinish", "en": "eOtinish"},
                "right": {
                    "kk": "Мемлекеттік органға, соның ішінде тұтынушылар құқығын қорғау жөніндегі уәкілетті "
                    "органға өтінішті онлайн жіберу жолы",
                    "ru": "Способ онлайн направить обращение в госорган, в том числе в уполномоченный орган "
                    "по защите прав потребителей",
                    "en": "A way to send an application online to a state body, including the authorised "
                    "consumer protection body",
                },
            },
            {
                "left": {"kk": "«Сот кабинеті»", "ru": "«Судебный кабинет»", "en": "Sot kabineti"},
                "right": {
                    "kk": "Сотқа талап-арызды онлайн беруге арналған сервис",
                    "ru": "Сервис для подачи искового заявления в суд онлайн",
                    "en": "A service for filing a statement of claim with a court online",
                },
            },
            {
                "left": {"kk": "E-Zan komegi", "ru": "E-Zan komegi", "en": "E-Zan komegi"},
                "right": {
                    "kk": "Әділет министрлігі порталындағы тегін заң көмегі жүйесі",
                    "ru": "Система бесплатной юридической помощи на портале Министерства юстиции",
                    "en": "The free legal aid system on the Ministry of Justice portal",
                },
            },
        ],
        "explanation": {
            "kk": "1414 тегін құқықтық ақпарат береді, eOtinish арқылы уәкілетті органға жүгінесіз, «Сот "
            "кабинеті» арқылы сотқа талап-арыз бересіз, ал E-Zan komegi — Әділет министрлігінің тегін "
            "заң көмегі жүйесі.",
            "ru": "1414 даёт бесплатную правовую информацию, через eOtinish обращаются в уполномоченный "
            "орган, через «Судебный кабинет» подают иск в суд, а E-Zan komegi — система бесплатной "
            "юридической помощи Министерства юстиции.",
            "en": "1414 gives free legal information, eOtinish is how you reach the authorised body, Sot "
            "kabineti is for filing a claim with a court, and E-Zan komegi is the Ministry of Justice's "
            "free legal aid system.",
        },
        "act": "advocacy-legal-aid",
        "article": _AID_26,
    },
    {
        "key": "cr-15",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.complaint-routes"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Гүлмира тегін заң көмегі арнасына хабарласып, тұтынушы ретіндегі құқықтары туралы "
            "түсіндіруді сұрады. Бір адам: «Ақпарат үшін 5000 теңге аударыңыз», — деді. Бұл туралы "
            "не дұрыс?",
            "ru": "Гульмира обратилась в канал бесплатной юридической помощи и попросила разъяснить её "
            "права потребителя. Ей сказали: «За информацию переведите 5000 тенге». Что здесь верно?",
            "en": "Gulmira contacted a free legal aid channel and asked for an explanation of her consumer "
            "rights. Someone told her: “Transfer 5,000 tenge for the information.” What is correct?",
        },
        "options": [
            {
                "text": {
                    "kk": "Құқықтық ақпарат жеке тұлғалар үшін тегін, ақы сұралуы — дабыл белгісі",
                    "ru": "Правовая информация для физических лиц бесплатна, просьба заплатить — тревожный сигнал",
                    "en": "Legal information is free for individuals; being asked to pay is a warning sign",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: мемлекет кепілдік берген құқықтық ақпарат тегін беріледі.",
                    "ru": "Верно: гарантированная государством правовая информация предоставляется бесплатно.",
                    "en": "Correct: state-guaranteed legal information is provided free of charge.",
                },
            },
            {
                "text": {
                    "kk": "Ақпарат тек зейнеткерлерге тегін, қалғандары төлеуі керек",
                    "ru": "Информация бесплатна только для пенсионеров, остальные должны платить",
                    "en": "The information is free only for pensioners; everyone else must pay",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: құқықтық ақпарат барлық жеке және заңды тұлғалар үшін тегін.",
                    "ru": "Неверно: правовая информация бесплатна для всех физических и юридических лиц.",
                    "en": "Wrong: legal information is free for all individuals and legal entities.",
                },
            },
            {
                "text": {
                    "kk": "Шағын сома болса, төлеген дұрыс, әйтпесе жауап бермейді",
                    "ru": "Сумма небольшая, лучше заплатить, иначе не ответят",
                    "en": "It is a small sum, so better pay or they will not answer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тегін көмек үшін ақша аудару алаяқтарға жол ашуы мүмкін.",
                    "ru": "Неверно: перевод денег за бесплатную помощь может сыграть на руку мошенникам.",
                    "en": "Wrong: paying for free help may play into the hands of fraudsters.",
                },
            },
            {
                "text": {
                    "kk": "Тұтынушы құқықтары туралы ақпарат тек ақылы адвокаттан алынады",
                    "ru": "Информацию о правах потребителя можно получить только у платного адвоката",
                    "en": "Information on consumer rights can only come from a paid advocate",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: мұндай ақпаратты 1414 және E-Zan komegi сияқты арналар тегін береді.",
                    "ru": "Неверно: такую информацию бесплатно дают каналы вроде 1414 и E-Zan komegi.",
                    "en": "Wrong: channels such as 1414 and E-Zan komegi give such information for free.",
                },
            },
        ],
        "explanation": {
            "kk": "Мемлекет кепілдік берген заң көмегі құқықтық ақпарат беруді қамтиды, ал ол жеке және "
            "заңды тұлғалар үшін тегін. Тегін көмек үшін ақша сұралса, бұл — дабыл белгісі.",
            "ru": "Гарантированная государством юридическая помощь включает правовое информирование, и оно "
            "бесплатно для физических и юридических лиц. Если за бесплатную помощь просят деньги, это "
            "тревожный сигнал.",
            "en": "State-guaranteed legal aid includes legal information, which is free for individuals and "
            "legal entities. Being asked to pay for free help is a warning sign.",
        },
        "act": "advocacy-legal-aid",
        "article": _AID_26,
    },
    {
        "key": "cr-16",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.complaint-routes"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Мемлекет кепілдік берген заң көмегі аясында құқықтық ақпаратты кім тегін ала алады?",
            "ru": "Кто может бесплатно получить правовую информацию в рамках гарантированной государством "
            "юридической помощи?",
            "en": "Who can get legal information free of charge as part of state-guaranteed legal aid?",
        },
        "options": [
            {
                "text": {
                    "kk": "Барлық жеке және заңды тұлғалар",
                    "ru": "Все физические и юридические лица",
                    "en": "All individuals and legal entities",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: құқықтық ақпарат барлығына тегін.",
                    "ru": "Верно: правовая информация бесплатна для всех.",
                    "en": "Correct: legal information is free for everyone.",
                },
            },
            {
                "text": {
                    "kk": "Тек заңда аталған санаттағы адамдар",
                    "ru": "Только лица из категорий, названных в законе",
                    "en": "Only people in the categories listed in the law",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң санаттарды тегін кеңес пен өкілдік үшін белгілейді, ал ақпарат барлығына тегін.",
                    "ru": "Неверно: категории закон устанавливает для бесплатных консультаций и "
                    "представительства, а информация бесплатна для всех.",
                    "en": "Wrong: the law sets categories for free consultation and representation, but "
                    "information is free for all.",
                },
            },
            {
                "text": {
                    "kk": "Тек сотта ісі қаралып жатқан адамдар",
                    "ru": "Только люди, чьё дело уже рассматривает суд",
                    "en": "Only people whose case is already before a court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ақпарат алу үшін сотқа жүгінудің қажеті жоқ.",
                    "ru": "Неверно: чтобы получить информацию, не нужно иметь дело в суде.",
                    "en": "Wrong: you do not need a court case to get information.",
                },
            },
            {
                "text": {
                    "kk": "Тек заң көмегін сұрап алдын ала ақы төлегендер",
                    "ru": "Только те, кто заранее оплатил юридическую помощь",
                    "en": "Only those who paid for legal aid in advance",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тегін ақпарат үшін ақы төлеудің қажеті жоқ.",
                    "ru": "Неверно: за бесплатную информацию платить не нужно.",
                    "en": "Wrong: there is no need to pay for free information.",
                },
            },
        ],
        "explanation": {
            "kk": "Құқықтық ақпарат беру — мемлекет кепілдік берген заң көмегінің бір түрі, ол жеке және "
            "заңды тұлғалар үшін тегін. Ал тегін кеңес пен өкілдік алатындардың санаттарын заң "
            "белгілейді.",
            "ru": "Правовое информирование — вид гарантированной государством юридической помощи, оно "
            "бесплатно для физических и юридических лиц. А категории получателей бесплатных консультаций "
            "и представительства определяет закон.",
            "en": "Legal information is a form of state-guaranteed legal aid and is free for individuals and "
            "legal entities. The law sets which groups get free consultation and representation.",
        },
        "act": "advocacy-legal-aid",
        "article": _AID_26,
    },
    # -----------------------------------------------------------------------
    # Pre/post pool: consumer.online-and-ai
    # -----------------------------------------------------------------------
    {
        "key": "cr-17",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.online-and-ai", "consumer.rights-basics"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Ержан интернет-дүкеннен планшет алмақ. Кейін дау туса, оның құқығын қорғауға не ең көп көмектеседі?",
            "ru": "Ержан собирается купить планшет в интернет-магазине. Что больше всего поможет защитить его "
            "права, если возникнет спор?",
            "en": "Yerzhan is about to buy a tablet from an online shop. What will best help protect his "
            "rights if a dispute arises?",
        },
        "options": [
            {
                "text": {
                    "kk": "Сатушының кім екенін және қайтару шарттарын алдын ала тексеріп, тапсырыс нөмірін, "
                    "скриншоттар мен хат алмасуды сақтау",
                    "ru": "Заранее проверить, кто продавец и каковы условия возврата, и сохранить номер "
                    "заказа, скриншоты и переписку",
                    "en": "Check beforehand who the seller is and the return terms, and keep the order "
                    "number, screenshots and messages",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұлар талапты кімге жіберуді көрсетеді және онлайн саудада дәлел болады.",
                    "ru": "Верно: так понятно, кому направлять претензию, и есть доказательства покупки онлайн.",
                    "en": "Correct: this shows where to send a claim and gives evidence of the online purchase.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе сақтамау, өйткені онлайн сатып алуға тұтынушы құқықтары қолданылмайды",
                    "ru": "Ничего не сохранять, ведь на покупки онлайн права потребителя не распространяются",
                    "en": "Keep nothing, since consumer rights do not apply to online purchases",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тұтынушы құқықтары интернетте де күшінде.",
                    "ru": "Неверно: права потребителя действуют и в интернете.",
                    "en": "Wrong: consumer rights apply online too.",
                },
            },
            {
                "text": {
                    "kk": "Дүкеннің чат-ботына жеке куәлігінің суреті мен карта PIN-кодын жіберу",
                    "ru": "Отправить чат-боту магазина фото удостоверения личности и PIN-код карты",
                    "en": "Send the shop's chatbot a photo of his ID card and his card PIN",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: артық дербес деректер мен PIN-кодты ешкімге бермеу керек.",
                    "ru": "Неверно: лишние персональные данные и PIN-код никому передавать нельзя.",
                    "en": "Wrong: never hand over unnecessary personal data or your PIN.",
                },
            },
            {
                "text": {
                    "kk": "Тек дүкен сайтындағы жұлдызша бағалауға сену",
                    "ru": "Полагаться только на звёздный рейтинг на сайте магазина",
                    "en": "Rely only on the star rating on the shop's website",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: рейтинг сатушының кім екенін де, қайтару шарттарын да көрсетпейді, дәлел "
                    "де болмайды.",
                    "ru": "Неверно: рейтинг не показывает ни кто продавец, ни условия возврата и не "
                    "служит доказательством.",
                    "en": "Wrong: a rating shows neither who the seller is nor the return terms, and it is "
                    "no evidence.",
                },
            },
        ],
        "explanation": {
            "kk": "Тұтынушы құқықтары онлайн саудада да әрекет етеді. Сатушыны және қайтару шарттарын алдын "
            "ала тексеріп, тапсырыс нөмірін, скриншоттарды және хат алмасуды сақтау кейін талап қоюды "
            "жеңілдетеді.",
            "ru": "Права потребителя действуют и при покупках онлайн. Проверка продавца и условий возврата "
            "заранее, а также сохранённые номер заказа, скриншоты и переписка облегчают последующую "
            "претензию.",
            "en": "Consumer rights apply to online shopping too. Checking the seller and return terms in "
            "advance and keeping the order number, screenshots and messages make a later claim easier.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-18",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.online-and-ai", "consumer.return-goods"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Онлайн алынған фен алғашқы күні-ақ істен шықты. Дүкеннің чат-боты: «Интернетте "
            "сатылған тауар қайтарылмайды», — деп жазды, ал оператор табылмады. Не істеген дұрыс?",
            "ru": "Купленный онлайн фен сломался в первый же день. Чат-бот магазина написал: «Товар, "
            "проданный в интернете, возврату не подлежит», а оператор недоступен. Как правильно "
            "поступить?",
            "en": "A hair dryer bought online broke on the very first day. The shop's chatbot wrote: “Goods "
            "sold online cannot be returned,” and no operator is available. What is the right move?",
        },
        "options": [
            {
                "text": {
                    "kk": "Чат скриншоты мен ақаудың видеосын сақтап, дүкеннің ресми мекенжайына не "
                    "электрондық поштасына жазбаша претензия жіберу",
                    "ru": "Сохранить скриншот чата и видео неисправности и направить письменную претензию "
                    "на официальный адрес или электронную почту магазина",
                    "en": "Keep a screenshot of the chat and a video of the fault and send a written claim "
                    "to the shop's official address or email",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: чат-боттың жауабы заңның орнын баспайды, ал дәлелдер кейін керек болады.",
                    "ru": "Верно: ответ чат-бота не заменяет закон, а доказательства пригодятся дальше.",
                    "en": "Correct: a chatbot's reply does not override the law, and the evidence will be "
                    "needed later.",
                },
            },
            {
                "text": {
                    "kk": "Бот солай жазса, бұл заң нормасы, сондықтан фенді лақтыру",
                    "ru": "Раз бот так написал, это норма закона, значит, выбросить фен",
                    "en": "If the bot says so, it is a legal rule, so throw the dryer away",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бот қателесуі не жоқ ереже ойлап табуы мүмкін.",
                    "ru": "Неверно: бот может ошибаться или выдумать несуществующее правило.",
                    "en": "Wrong: a bot can be wrong or invent a rule that does not exist.",
                },
            },
            {
                "text": {
                    "kk": "Ботқа ашулы хабарламалар жаза беріп, чатты өшіріп тастау",
                    "ru": "Писать боту гневные сообщения, а потом удалить чат",
                    "en": "Keep sending the bot angry messages, then delete the chat",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чатты өшірсеңіз, маңызды дәлелден айырыласыз.",
                    "ru": "Неверно: удалив чат, вы потеряете важное доказательство.",
                    "en": "Wrong: deleting the chat destroys important evidence.",
                },
            },
            {
                "text": {
                    "kk": "Сатушыға емес, тек банкке хабарласу",
                    "ru": "Обращаться не к продавцу, а только в банк",
                    "en": "Contact only the bank, not the seller",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ақаулы тауар бойынша талап ең алдымен сатушыға қойылады.",
                    "ru": "Неверно: требование о товаре с недостатком прежде всего предъявляют продавцу.",
                    "en": "Wrong: a demand about defective goods is made to the seller first.",
                },
            },
        ],
        "explanation": {
            "kk": "Онлайн сатылған ақаулы тауарға да тұтынушы құқықтары қолданылады, ал чат-боттың жауабы "
            "заңның орнын баспайды. Дәлелдерді сақтап, дүкеннің ресми мекенжайына жазбаша претензия "
            "жіберген дұрыс; жауап болмаса, eOtinish арқылы уәкілетті органға жүгінуге болады.",
            "ru": "На товар с недостатком, проданный онлайн, права потребителя тоже распространяются, а "
            "ответ чат-бота закон не заменяет. Нужно сохранить доказательства и направить письменную "
            "претензию на официальный адрес магазина; если ответа нет, можно обратиться в уполномоченный "
            "орган через eOtinish.",
            "en": "Consumer rights also cover defective goods sold online, and a chatbot's reply does not "
            "override the law. Keep the evidence and send a written claim to the shop's official address; "
            "with no reply, you can turn to the authorised body via eOtinish.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-19",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.online-and-ai"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "ЖИ-кеңесші Нұржанға: «Заң бойынша ақаулы тауарға талап қою үшін небәрі үш күн бар, "
            "мерзім өтіп кетті», — деп сенімді түрде жауап берді. Нұржан не істегені дұрыс?",
            "ru": "ИИ-консультант уверенно ответил Нуржану: «По закону на требование о товаре с "
            "недостатком даётся всего три дня, срок истёк». Как Нуржану правильно поступить?",
            "en": "An AI adviser confidently told Nurzhan: “By law you have only three days to claim for "
            "defective goods, and the time is up.” What should Nurzhan do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Мерзімді adilet.zan.kz сайтындағы заңның қолданыстағы мәтінінен тексеріп, "
                    "қажет болса маманмен кеңесу",
                    "ru": "Проверить срок в действующем тексте закона на adilet.zan.kz и при необходимости "
                    "посоветоваться со специалистом",
                    "en": "Check the period in the current text of the law on adilet.zan.kz and consult a "
                    "specialist if needed",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ЖИ қателесуі не жоқ норманы ойдан шығаруы мүмкін, сондықтан ресми дереккөз шешуші.",
                    "ru": "Верно: ИИ может ошибаться или выдумывать нормы, поэтому решает официальный источник.",
                    "en": "Correct: AI can be wrong or invent rules, so the official source decides.",
                },
            },
            {
                "text": {
                    "kk": "ЖИ сенімді жауап берді, сондықтан талаптан бас тарту",
                    "ru": "ИИ ответил уверенно, значит, отказаться от требования",
                    "en": "The AI sounded sure, so give up the claim",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: жауаптың сенімді естілуі оның дұрыс екенін білдірмейді.",
                    "ru": "Неверно: уверенный тон не означает, что ответ верен.",
                    "en": "Wrong: a confident tone does not make an answer correct.",
                },
            },
            {
                "text": {
                    "kk": "Сұрақты басқаша қойып, ұнаған жауап шыққанша ЖИ-ден қайта-қайта сұрау",
                    "ru": "Переспрашивать ИИ другими словами, пока не выйдет нужный ответ",
                    "en": "Rephrase the question to the AI until it gives the answer he likes",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ЖИ жауабы сұрақтың тұжырымына қарай өзгеруі мүмкін, бұл тексеру емес.",
                    "ru": "Неверно: ответ ИИ может меняться от формулировки вопроса, это не проверка.",
                    "en": "Wrong: AI answers can shift with the wording of the question; that is not checking.",
                },
            },
            {
                "text": {
                    "kk": "Сатушыға ЖИ жауабының скриншотын заң ретінде жіберу",
                    "ru": "Отправить продавцу скриншот ответа ИИ как закон",
                    "en": "Send the seller a screenshot of the AI reply as if it were the law",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ЖИ жауабы құқықтық норма емес.",
                    "ru": "Неверно: ответ ИИ не является нормой права.",
                    "en": "Wrong: an AI reply is not a legal rule.",
                },
            },
        ],
        "explanation": {
            "kk": "Талап қою мерзімдерін заң белгілейді және олар тауардың түріне қарай әртүрлі. ЖИ "
            "жылдам жауап бергенімен, қателесуі мүмкін, сондықтан мерзімді заңның ресми мәтінінен "
            "тексеріп, маңызды шешім алдында маманмен кеңескен жөн.",
            "ru": "Сроки для требований устанавливает закон, и они зависят от вида товара. ИИ отвечает "
            "быстро, но может ошибаться, поэтому срок нужно проверить в официальном тексте закона, а "
            "перед важным решением посоветоваться со специалистом.",
            "en": "Claim periods are set by law and depend on the type of goods. AI replies fast but can be "
            "wrong, so check the period in the official text of the law and consult a specialist before "
            "an important decision.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    {
        "key": "cr-20",
        "pool": "prepost",
        "kind": "single",
        "skills": ["consumer.online-and-ai"],
        "difficulty": 4,
        "scenario": None,
        "stem": {
            "kk": "Қосымшадағы «ЖИ-заңгер» Әлияға: «Қорапты ашқансыз, сондықтан ақаулы блендер бойынша "
            "ешқандай құқығыңыз жоқ», — деп, заңның бабын да атады. Әлия не істегені дұрыс?",
            "ru": "«ИИ-юрист» в приложении ответил Алие: «Вы вскрыли коробку, поэтому прав по "
            "неисправному блендеру у вас нет», — и даже назвал статью закона. Как Алие правильно "
            "поступить?",
            "en": "An “AI lawyer” in an app told Aliya: “You opened the box, so you have no rights over "
            "the faulty blender,” and even named an article of the law. What should Aliya do?",
        },
        "options": [
            {
                "text": {
                    "kk": "Аталған бапты заңның ресми мәтінінен тауып, оқып шығу, күмән болса маманға жүгіну",
                    "ru": "Найти и прочитать названную статью в официальном тексте закона, а при сомнениях "
                    "обратиться к специалисту",
                    "en": "Find and read the cited article in the official text of the law, and ask a "
                    "specialist if in doubt",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ЖИ бапты дұрыс атамауы не оны бұрмалауы мүмкін, сондықтан ресми "
                    "мәтінмен салыстыру керек.",
                    "ru": "Верно: ИИ может неверно назвать или исказить статью, поэтому её надо сверить с "
                    "официальным текстом.",
                    "en": "Correct: AI may misname or distort an article, so compare it with the official text.",
                },
            },
            {
                "text": {
                    "kk": "Бап аталды, демек жауап дұрыс, блендерді лақтыру",
                    "ru": "Раз названа статья, ответ верный — выбросить блендер",
                    "en": "An article was named, so the answer is right; throw the blender away",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ЖИ жоқ «заң нормасын» ойдан шығаруы мүмкін, бап нөмірі дәлел емес.",
                    "ru": "Неверно: ИИ может выдумать «норму закона», номер статьи ещё не доказательство.",
                    "en": "Wrong: AI can invent a “legal rule”; an article number proves nothing.",
                },
            },
            {
                "text": {
                    "kk": "«ЖИ-заңгерге» ақы төлеп, сотта өкілдік етуін сұрау",
                    "ru": "Заплатить «ИИ-юристу» и попросить представлять её в суде",
                    "en": "Pay the “AI lawyer” and ask it to represent her in court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ЖИ-кеңесші заңгер емес және адвокаттың орнын баспайды.",
                    "ru": "Неверно: ИИ-консультант — не юрист и не заменяет адвоката.",
                    "en": "Wrong: an AI adviser is not a lawyer and does not replace an advocate.",
                },
            },
            {
                "text": {
                    "kk": "Қосымшаға көбірек дербес дерек енгізсе, жауап дәлірек болады деп ойлау",
                    "ru": "Решить, что ответ будет точнее, если ввести в приложение больше персональных данных",
                    "en": "Assume the answer will be more accurate if she enters more personal data",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: артық дербес деректер жауапты дұрыстамайды, тек деректердің таралу қаупін арттырады.",
                    "ru": "Неверно: лишние персональные данные не исправят ответ, а лишь повысят риск утечки.",
                    "en": "Wrong: extra personal data will not fix the answer; it only raises the risk of a leak.",
                },
            },
        ],
        "explanation": {
            "kk": "Тауарды қайтарудың «пайдаланылмаған, тауарлық түрі сақталған» деген шарты ақауы жоқ "
            "тауарға қатысты, ал ақаулы тауар бойынша құқықтар сақталады. ЖИ мұндай ережелерді "
            "шатастыруы мүмкін, сондықтан ресми мәтінді тексеріп, маманмен кеңескен жөн.",
            "ru": "Условие «не был в употреблении, сохранён товарный вид» касается возврата товара без "
            "недостатков, а права по товару с недостатком сохраняются. ИИ может путать такие правила, "
            "поэтому нужно проверить официальный текст и посоветоваться со специалистом.",
            "en": "The condition “unused, appearance preserved” concerns returning goods without defects; "
            "your rights over defective goods remain. AI can mix such rules up, so check the official text "
            "and consult a specialist.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    # -----------------------------------------------------------------------
    # Lesson check: basic-consumer-rights
    # -----------------------------------------------------------------------
    {
        "key": "cr-21",
        "pool": "check:basic-consumer-rights",
        "kind": "single",
        "skills": ["consumer.rights-basics"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Тимур Қарағандыда шаш түзеткіш сатып алды. Қорапта тек қытай тіліндегі нұсқаулық бар, ал "
            "құрылғы алғаш қосқанда ұшқын шығарды. Тимурдың қай құқықтары бұзылуы мүмкін?",
            "ru": "Тимур купил в Караганде выпрямитель для волос. В коробке только инструкция на китайском, "
            "а при первом включении прибор заискрил. Какие права Тимура могли быть нарушены?",
            "en": "Timur bought a hair straightener in Karaganda. The box has only a manual in Chinese, and "
            "the device sparked when first switched on. Which of Timur's rights may have been breached?",
        },
        "options": [
            {
                "text": {
                    "kk": "Ақпарат алу және қауіпсіздік құқықтары",
                    "ru": "Права на информацию и на безопасность",
                    "en": "The rights to information and to safety",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: нұсқаулық қазақ не орыс тілінде болуға тиіс, ал ұшқын шығаратын құрылғы қауіпті.",
                    "ru": "Верно: инструкция должна быть на казахском или русском языке, а искрящий прибор опасен.",
                    "en": "Correct: the manual must be in Kazakh or Russian, and a sparking device is unsafe.",
                },
            },
            {
                "text": {
                    "kk": "Тек тауарды еркін таңдау құқығы",
                    "ru": "Только право на свободный выбор товара",
                    "en": "Only the right to choose goods freely",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: Тимурды бұл тауарды алуға ешкім мәжбүрлеген жоқ, мәселе ақпарат пен қауіпсіздікте.",
                    "ru": "Неверно: никто не заставлял Тимура покупать этот товар, проблема в информации и "
                    "безопасности.",
                    "en": "Wrong: nobody forced Timur to buy it; the problem is information and safety.",
                },
            },
            {
                "text": {
                    "kk": "Ешқандай құқық бұзылған жоқ, өйткені тауар шетелде жасалған",
                    "ru": "Никакие права не нарушены, ведь товар произведён за границей",
                    "en": "No rights were breached, because the device was made abroad",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: шетелдік тауар да Қазақстанда сатылғанда заң талаптарына сай болуға тиіс.",
                    "ru": "Неверно: и импортный товар, продаваемый в Казахстане, должен отвечать требованиям закона.",
                    "en": "Wrong: imported goods sold in Kazakhstan must also meet the law's requirements.",
                },
            },
            {
                "text": {
                    "kk": "Тек сотқа жүгіну құқығы",
                    "ru": "Только право на обращение в суд",
                    "en": "Only the right to go to court",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сотқа жүгіну — құқықты қорғау жолы, ал мұнда бұзылғаны ақпарат пен "
                    "қауіпсіздік құқықтары.",
                    "ru": "Неверно: суд — способ защиты, а нарушены здесь права на информацию и безопасность.",
                    "en": "Wrong: going to court is a way to defend rights; the rights breached here are "
                    "information and safety.",
                },
            },
        ],
        "explanation": {
            "kk": "Сатушы тауар туралы толық мәліметті қазақ және орыс тілдерінде беруге міндетті, ал "
            "қалыпты пайдаланғанда тауар өмірге, денсаулыққа не мүлікке қатер төндірмеуге тиіс. Заң "
            "қауіпсіздікті дәл осылай анықтайды.",
            "ru": "Продавец обязан дать полные сведения о товаре на казахском и русском языках, а при "
            "обычном использовании товар не должен угрожать жизни, здоровью или имуществу. Именно так "
            "закон определяет безопасность.",
            "en": "The seller must give full details about the goods in Kazakh and Russian, and in normal "
            "use the goods must not endanger life, health or property. That is how the law defines "
            "safety.",
        },
        "act": "consumer-protection",
        "article": _CP_1,
    },
    {
        "key": "cr-22",
        "pool": "check:basic-consumer-rights",
        "kind": "ordering",
        "skills": ["consumer.rights-basics", "consumer.written-claim"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Сатып алған электр шәйнегіңізден күйік иісі шықты. Сабақта ұсынылған алғашқы қадамдарды "
            "дұрыс ретпен орналастырыңыз.",
            "ru": "От купленного электрочайника пошёл запах гари. Расположите первые шаги, рекомендованные в "
            "уроке, в правильном порядке.",
            "en": "Your new electric kettle gives off a burning smell. Put the first steps recommended in the "
            "lesson in the right order.",
        },
        "steps": [
            {
                "kk": "Шәйнекті желіден ажыратып, пайдалануды тоқтату",
                "ru": "Отключить чайник от сети и перестать им пользоваться",
                "en": "Unplug the kettle and stop using it",
            },
            {
                "kk": "Чекті, кепілдік талонын, қорапты сақтап, ақауды суретке түсіру",
                "ru": "Сохранить чек, гарантийный талон, коробку и сфотографировать неисправность",
                "en": "Keep the receipt, warranty card and box and photograph the fault",
            },
            {
                "kk": "Сатушыға сабырмен, бірақ жазбаша түрде жүгіну",
                "ru": "Спокойно, но письменно обратиться к продавцу",
                "en": "Contact the seller calmly, but in writing",
            },
        ],
        "explanation": {
            "kk": "Алдымен қауіпті тауарды пайдалануды тоқтатып, денсаулық пен мүлікті қорғайсыз. Сосын "
            "дәлелдерді сақтайсыз, өйткені зиянды өтеуді талап ету үшін олар керек. Содан кейін ғана "
            "сатушыға жазбаша жүгінесіз.",
            "ru": "Сначала вы прекращаете пользоваться опасным товаром и защищаете здоровье и имущество. "
            "Затем сохраняете доказательства: они нужны, чтобы требовать возмещения вреда. И только потом "
            "письменно обращаетесь к продавцу.",
            "en": "First you stop using the dangerous item to protect health and property. Then you keep "
            "the evidence you will need to claim compensation. Only then do you contact the seller in "
            "writing.",
        },
        "act": "consumer-protection",
        "article": _CP_16,
    },
    # -----------------------------------------------------------------------
    # Lesson check: faulty-goods-returns-and-exchanges
    # -----------------------------------------------------------------------
    {
        "key": "cr-23",
        "pool": "check:faulty-goods-returns-and-exchanges",
        "kind": "single",
        "skills": ["consumer.return-goods"],
        "difficulty": 2,
        "scenario": "cr-case-winter-boots",
        "stem": {
            "kk": "Дана етікті осы дүкеннен сатып алғанын чексіз қалай дәлелдей алады?",
            "ru": "Как Дана может без чека доказать, что купила сапоги в этом магазине?",
            "en": "How can Dana prove without the receipt that she bought the boots in this shop?",
        },
        "options": [
            {
                "text": {
                    "kk": "Төлем көрсетілген банк үзінді көшірмесін ұсынып",
                    "ru": "Предъявить банковскую выписку с этой оплатой",
                    "en": "Show a bank statement with the payment",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: ол картамен төледі, сондықтан үзінді көшірме сатып алуды растай алады.",
                    "ru": "Верно: она платила картой, поэтому выписка может подтвердить покупку.",
                    "en": "Correct: she paid by card, so the statement can confirm the purchase.",
                },
            },
            {
                "text": {
                    "kk": "Ешқалай, чексіз құқықтары жойылды",
                    "ru": "Никак: без чека её права утрачены",
                    "en": "She cannot; without the receipt her rights are lost",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: чектің жоғалуы құқықтан айырмайды, сатып алуды басқа құжатпен де дәлелдеуге болады.",
                    "ru": "Неверно: потеря чека не лишает прав, покупку можно подтвердить и другим документом.",
                    "en": "Wrong: losing the receipt does not remove her rights; other documents can prove "
                    "the purchase.",
                },
            },
            {
                "text": {
                    "kk": "Тек сатушыға етікті киіп көрсетіп",
                    "ru": "Только показав продавцу сапоги на себе",
                    "en": "Only by wearing the boots in front of the seller",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: етікті киіп көрсету оны осы дүкеннен алғаныңызды дәлелдемейді.",
                    "ru": "Неверно: то, что сапоги на ней, не доказывает, где они куплены.",
                    "en": "Wrong: wearing the boots does not prove where they were bought.",
                },
            },
        ],
        "explanation": {
            "kk": "Чек жоғалса, сатып алуды банк үзінді көшірмесі немесе қосымшадағы тапсырыс тарихы "
            "растай алады. Сондықтан картамен төлеу және үзінді көшірмені сақтау дауда көмектеседі.",
            "ru": "Если чек потерян, покупку может подтвердить банковская выписка или история заказов в "
            "приложении. Поэтому оплата картой и сохранённая выписка помогают в споре.",
            "en": "If the receipt is lost, a bank statement or app order history can confirm the purchase. "
            "That is why paying by card and keeping the statement helps in a dispute.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-24",
        "pool": "check:faulty-goods-returns-and-exchanges",
        "kind": "truefalse",
        "skills": ["consumer.return-goods"],
        "difficulty": 3,
        "scenario": "cr-case-winter-boots",
        "stem": {
            "kk": "Сатушы дұрыс айтады: Дана етікті киіп жүрген, сондықтан ол табанның жарылғаны үшін "
            "ештеңе талап ете алмайды.",
            "ru": "Продавец прав: Дана носила сапоги, поэтому за треснувшую подошву она ничего требовать не может.",
            "en": "The seller is right: Dana has worn the boots, so she cannot demand anything for the cracked sole.",
        },
        "options": [
            {
                "text": _TRUE,
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: «пайдаланылмаған болуы» шарты ақауы жоқ тауарды қайтаруға ғана қатысты.",
                    "ru": "Неверно: условие «не был в употреблении» касается только возврата товара без недостатков.",
                    "en": "Wrong: the “unused” condition applies only to returning goods without defects.",
                },
            },
            {
                "text": _FALSE,
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: етік киюге арналған, ал табанның үш аптада жарылуы — кемшілік.",
                    "ru": "Верно: сапоги для того и покупают, чтобы носить, а подошва, треснувшая за три "
                    "недели, — это недостаток.",
                    "en": "Correct: boots are made to be worn, and a sole that cracks in three weeks is a defect.",
                },
            },
        ],
        "explanation": {
            "kk": "Ақауы жоқ тауарды қайтару үшін оның пайдаланылмағаны талап етіледі. Ал қалыпты "
            "пайдалану кезінде кемшілік шықса, тұтынушы жөндеуді, ауыстыруды, бағаны төмендетуді не "
            "ақшаны қайтаруды талап ете алады.",
            "ru": "Неиспользованным должен быть товар без недостатков, который возвращают. А если "
            "недостаток проявился при обычном использовании, потребитель может требовать ремонта, замены, "
            "уменьшения цены или возврата денег.",
            "en": "Goods without defects must be unused to be returned. But if a defect shows up in normal "
            "use, the consumer can demand a repair, a replacement, a price reduction or a refund.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-25",
        "pool": "check:faulty-goods-returns-and-exchanges",
        "kind": "single",
        "skills": ["consumer.return-goods"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Әлібек күртеше сатып алды, бірақ үйде киіп көрсе, өлшемі келмеді. Күртешеде ақау жоқ. "
            "Қай жағдайда сатушы оны айырбастауға не қайтарып алуға міндетті?",
            "ru": "Алибек купил куртку, но дома понял, что не подошёл размер. Недостатков у куртки нет. В "
            "каком случае продавец обязан её обменять или принять обратно?",
            "en": "Alibek bought a jacket, but at home found the size was wrong. The jacket has no defects. "
            "When must the seller exchange it or take it back?",
        },
        "options": [
            {
                "text": {
                    "kk": "Күртеше киілмеген, жапсырмалары мен тауарлық түрі сақталған және сатып алу "
                    "құжаты бар болса, заңдағы мерзім ішінде",
                    "ru": "Если куртку не носили, сохранены ярлыки и товарный вид, есть документ о покупке "
                    "и не истёк срок по закону",
                    "en": "If it was not worn, the labels and appearance are intact, there is proof of "
                    "purchase and the legal period has not passed",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: сапалы тауарды айырбастау не қайтару үшін дәл осы шарттар қажет.",
                    "ru": "Верно: именно эти условия нужны для обмена или возврата качественного товара.",
                    "en": "Correct: these are exactly the conditions for exchanging or returning good-quality goods.",
                },
            },
            {
                "text": {
                    "kk": "Ешқашан: ақауы жоқ тауар қайтарылмайды",
                    "ru": "Никогда: товар без недостатков не возвращается",
                    "en": "Never: goods without defects cannot be returned",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заң белгілі бір шарттармен сапалы тауарды да айырбастауға не қайтаруға "
                    "мүмкіндік береді.",
                    "ru": "Неверно: закон на определённых условиях позволяет обменять или вернуть и "
                    "качественный товар.",
                    "en": "Wrong: under certain conditions the law lets you exchange or return good-quality goods too.",
                },
            },
            {
                "text": {
                    "kk": "Кез келген уақытта, тіпті бір маусым киіп жүрсе де",
                    "ru": "В любое время, даже если её носили целый сезон",
                    "en": "At any time, even after wearing it for a whole season",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: сапалы тауар пайдаланылмаған болуы керек, мерзімді де заң шектейді.",
                    "ru": "Неверно: качественный товар должен быть неиспользованным, и срок тоже ограничен законом.",
                    "en": "Wrong: good-quality goods must be unused, and the law also limits the period.",
                },
            },
            {
                "text": {
                    "kk": "Тек дүкен директоры келіссе ғана",
                    "ru": "Только если согласится директор магазина",
                    "en": "Only if the shop manager agrees",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: шарттар орындалса, бұл сатушының қалауы емес, міндеті.",
                    "ru": "Неверно: при соблюдении условий это обязанность продавца, а не его добрая воля.",
                    "en": "Wrong: if the conditions are met, this is the seller's duty, not a favour.",
                },
            },
        ],
        "explanation": {
            "kk": "Азық-түлікке жатпайтын сапалы тауар пайдаланылмаса, тауарлық түрі мен жапсырмалары "
            "сақталса және сатып алу құжаты болса, сатушы оны заңда белгіленген мерзімде айырбастауға "
            "не қайтарып алуға міндетті. Дәрі-дәрмек, іш киім сияқты кейбір тауарлар бұған жатпайды.",
            "ru": "Если непродовольственный товар надлежащего качества не был в употреблении, сохранены "
            "товарный вид и ярлыки и есть документ о покупке, продавец обязан обменять его или принять "
            "обратно в установленный законом срок. Некоторые товары, например лекарства и нательное "
            "бельё, исключены.",
            "en": "If unused non-food goods of proper quality keep their appearance and labels and there "
            "is proof of purchase, the seller must exchange or take them back within the legal period. "
            "Some goods, such as medicines and underwear, are excluded.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    # -----------------------------------------------------------------------
    # Lesson check: writing-a-claim-to-the-seller
    # -----------------------------------------------------------------------
    {
        "key": "cr-26",
        "pool": "check:writing-a-claim-to-the-seller",
        "kind": "single",
        "skills": ["consumer.written-claim"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Сатушының претензияны алғанын кейін қалай дәлелдеуге болады?",
            "ru": "Как потом доказать, что продавец получил вашу претензию?",
            "en": "How can you later prove that the seller received your claim?",
        },
        "options": [
            {
                "text": {
                    "kk": "Екі дана жасап, өз данаңызға қабылдаған күнін, қызметкердің аты-жөнін және қолын "
                    "қойдыру; бас тартса, хабарламасы бар тапсырыс хатпен не ресми поштаға жіберу",
                    "ru": "Составить два экземпляра и попросить отметить на вашем дату приёма, ФИО "
                    "сотрудника и подпись; при отказе отправить заказным письмом с уведомлением или на "
                    "официальную почту",
                    "en": "Make two copies and have the date, the employee's name and a signature put on "
                    "yours; if they refuse, send it by registered mail with proof of delivery or to the "
                    "official email",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: белгі қойылған дана не пошта хабарламасы талаптың тапсырылғанын дәлелдейді.",
                    "ru": "Верно: экземпляр с отметкой или почтовое уведомление доказывают вручение.",
                    "en": "Correct: a marked copy or a delivery notice proves the claim was handed over.",
                },
            },
            {
                "text": {
                    "kk": "Талапты сатушыға ауызша айтып, куә ретінде досын ертіп бару",
                    "ru": "Высказать требование устно и взять с собой друга в свидетели",
                    "en": "State the demand orally and bring a friend as a witness",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: ауызша сөзді жоққа шығару оңай, жазбаша дәлел сенімдірек.",
                    "ru": "Неверно: устные слова легко отрицать, письменное доказательство надёжнее.",
                    "en": "Wrong: spoken words are easy to deny; written proof is more reliable.",
                },
            },
            {
                "text": {
                    "kk": "Жалғыз дананы сатушыға беріп, ештеңе сақтамау",
                    "ru": "Отдать продавцу единственный экземпляр и ничего себе не оставить",
                    "en": "Give the seller the only copy and keep nothing",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: өзіңізде белгі қойылған дана болмаса, тапсырғаныңызды дәлелдеу қиын.",
                    "ru": "Неверно: без своего экземпляра с отметкой вручение трудно доказать.",
                    "en": "Wrong: without your own marked copy, delivery is hard to prove.",
                },
            },
            {
                "text": {
                    "kk": "Дүкеннің әлеуметтік желідегі парақшасына пікір қалдыру",
                    "ru": "Оставить отзыв на странице магазина в соцсети",
                    "en": "Leave a review on the shop's social media page",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: пікір ресми талап емес және оның сатушыға тапсырылғанын дәлелдемейді.",
                    "ru": "Неверно: отзыв — не официальная претензия и не доказывает её вручение.",
                    "en": "Wrong: a review is not a formal claim and does not prove delivery.",
                },
            },
        ],
        "explanation": {
            "kk": "Талапты екі дана етіп жасап, өз данаңызға сатушының белгісін алыңыз. Сатушы бас тартса, "
            "хабарламасы бар тапсырыс хат не сатушының ресми электрондық поштасы тапсыру фактісін "
            "тіркейді. Бұл заңдағы мерзімде талап қойғаныңызды дәлелдейді.",
            "ru": "Составьте претензию в двух экземплярах и получите отметку продавца на своём. Если "
            "продавец отказывается, вручение зафиксирует заказное письмо с уведомлением или официальная "
            "электронная почта продавца. Это доказывает, что требование предъявлено в срок по закону.",
            "en": "Make two copies of the claim and get the seller's mark on yours. If the seller refuses, "
            "registered mail with proof of delivery or the seller's official email records the delivery. "
            "This proves you made your demand within the legal period.",
        },
        "act": "consumer-protection",
        "article": _CP_17,
    },
    {
        "key": "cr-27",
        "pool": "check:writing-a-claim-to-the-seller",
        "kind": "single",
        "skills": ["consumer.written-claim", "consumer.return-goods"],
        "difficulty": 3,
        "scenario": None,
        "stem": {
            "kk": "Кепілдік мерзімі ішінде ноутбук өздігінен сөне бастады. Сатушы: «Өзіңіз бүлдірдіңіз, "
            "жөндеу ақылы», — дейді, бірақ ноутбукта соққының ізі жоқ. Претензияда не жазған дұрыс?",
            "ru": "В течение гарантийного срока ноутбук стал сам выключаться. Продавец говорит: «Вы сами "
            "его испортили, ремонт платный», но следов удара нет. Что правильно написать в претензии?",
            "en": "During the warranty period a laptop started switching itself off. The seller says: “You "
            "broke it, so the repair is paid,” but there is no sign of impact. What should the claim "
            "say?",
        },
        "options": [
            {
                "text": {
                    "kk": "Механикалық зақымның жоқ екенін, кепілдік кезінде ақаудың тұтынушы кінәсінен "
                    "болғанын әдетте сатушы дәлелдейтінін жазып, келіспеушілік болса сараптама сұрау",
                    "ru": "Указать, что механических повреждений нет, что в гарантийный срок вину "
                    "потребителя, как правило, доказывает продавец, и попросить экспертизу при разногласиях",
                    "en": "State that there is no mechanical damage, that during the warranty the seller "
                    "as a rule must prove the consumer caused the fault, and ask for an expert examination "
                    "if they disagree",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: сабақтағы Ерланның мысалындағыдай, дәлел мен сараптама сұрау дауды "
                    "шешуге көмектеседі.",
                    "ru": "Верно: как в примере с Ерланом из урока, доводы и просьба об экспертизе "
                    "помогают решить спор.",
                    "en": "Correct: as in Yerlan's example in the lesson, facts and a request for an expert "
                    "examination help settle the dispute.",
                },
            },
            {
                "text": {
                    "kk": "Сатушының сөзімен келісіп, жөндеу ақысын төлейтінін жазу",
                    "ru": "Согласиться с продавцом и написать, что оплатите ремонт",
                    "en": "Agree with the seller and write that you will pay for the repair",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: соққы ізі жоқ және кепілдік мерзімі жүріп жатыр, сондықтан бірден келісудің "
                    "қажеті жоқ.",
                    "ru": "Неверно: следов удара нет и гарантия действует, соглашаться сразу незачем.",
                    "en": "Wrong: there is no sign of impact and the warranty is running, so there is no "
                    "need to agree at once.",
                },
            },
            {
                "text": {
                    "kk": "Сатушыны қорқытып, ашулы сөздер жазу",
                    "ru": "Пригрозить продавцу и написать гневные слова",
                    "en": "Threaten the seller and write angry words",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: претензияға ашу емес, фактілер мен анық өтініш керек.",
                    "ru": "Неверно: претензии нужны факты и ясная просьба, а не гнев.",
                    "en": "Wrong: a claim needs facts and a clear request, not anger.",
                },
            },
            {
                "text": {
                    "kk": "Ноутбукты өзі ашып, жөндеп көріп, содан кейін жазу",
                    "ru": "Самому вскрыть и попробовать починить ноутбук, а потом писать",
                    "en": "Open the laptop and try to fix it yourself, then write",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: өз бетінше ашу ақаудың тұтынушы кінәсінен болғаны туралы дау туғызуы мүмкін.",
                    "ru": "Неверно: самостоятельное вскрытие может дать повод говорить о вине потребителя.",
                    "en": "Wrong: opening it yourself may give grounds to blame the consumer.",
                },
            },
        ],
        "explanation": {
            "kk": "Кепілдік мерзімі — тауар дұрыс пайдаланылса, сатушы оның сапасына кепілдік беретін "
            "уақыт. Сондықтан бұл мерзімде ақаудың тұтынушы кінәсінен болғанын әдетте сатушы дәлелдеуге "
            "тиіс, ал келіспеушілік болса, сараптама сұрауға болады.",
            "ru": "Гарантийный срок — время, когда продавец гарантирует качество товара при правильном "
            "использовании. Поэтому в этот срок вину потребителя, как правило, должен доказать продавец, "
            "а при разногласиях можно попросить экспертизу.",
            "en": "The warranty period is the time when the seller guarantees the quality of goods used "
            "properly. So in this period the seller, as a rule, must prove the consumer caused the fault, "
            "and if you disagree you can ask for an expert examination.",
        },
        "act": "consumer-protection",
        "article": _CP_1,
    },
    {
        "key": "cr-28",
        "pool": "check:writing-a-claim-to-the-seller",
        "kind": "single",
        "skills": ["consumer.written-claim"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Ақаулы тоңазытқыш бойынша претензиядағы талаптың қай тұжырымы ең сәтті?",
            "ru": "Какая формулировка требования в претензии о неисправном холодильнике самая удачная?",
            "en": "Which wording of the demand in a claim about a faulty fridge works best?",
        },
        "options": [
            {
                "text": {
                    "kk": "«Тоңазытқышты дәл сондай жаңасына ауыстыруыңызды талап етемін»",
                    "ru": "«Требую заменить холодильник на такой же новый»",
                    "en": "“I demand that you replace the fridge with an identical new one”",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бір нақты талап сатушыға не істеу керегін анық көрсетеді.",
                    "ru": "Верно: одно конкретное требование ясно показывает продавцу, что делать.",
                    "en": "Correct: one specific demand tells the seller clearly what to do.",
                },
            },
            {
                "text": {
                    "kk": "«Не жөндеңіз, не ауыстырыңыз, не ақшамды қайтарыңыз»",
                    "ru": "«Либо почините, либо замените, либо верните деньги»",
                    "en": "“Repair it, replace it or give me my money back”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бірнеше талапты қатар жазу жауапты кешіктіруі мүмкін.",
                    "ru": "Неверно: несколько требований сразу могут затянуть ответ.",
                    "en": "Wrong: listing several demands at once may delay the reply.",
                },
            },
            {
                "text": {
                    "kk": "«Сіздер алаяқсыздар, бәріңізді сотқа беремін!»",
                    "ru": "«Вы мошенники, я вас всех засужу!»",
                    "en": "“You are crooks, I will sue you all!”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: қоқан-лоқы талапты күшейтпейді, нақты өтініш керек.",
                    "ru": "Неверно: угрозы не усиливают претензию, нужна конкретная просьба.",
                    "en": "Wrong: threats do not make a claim stronger; a specific request is needed.",
                },
            },
            {
                "text": {
                    "kk": "«Бірдеңе істеңіздер»",
                    "ru": "«Сделайте что-нибудь»",
                    "en": "“Do something about it”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: талап тым бұлыңғыр, сатушы не сұралғанын білмейді.",
                    "ru": "Неверно: требование слишком расплывчато, продавец не поймёт, что от него хотят.",
                    "en": "Wrong: this is too vague; the seller will not know what is being asked.",
                },
            },
        ],
        "explanation": {
            "kk": "Претензияда заң берген жолдардың бірін — жөндеу, ауыстыру, бағаны төмендету не ақшаны "
            "қайтаруды — таңдап, бір негізгі талап қойған дұрыс. Сабырлы әрі нақты жазылған талапқа "
            "жауап беру оңай.",
            "ru": "В претензии лучше выбрать один из вариантов, которые даёт закон (ремонт, замена, "
            "уменьшение цены или возврат денег), и поставить одно главное требование. На спокойную и "
            "конкретную претензию проще ответить.",
            "en": "In a claim, choose one of the options the law gives (repair, replacement, price reduction "
            "or refund) and make one main demand. A calm, specific claim is easier to answer.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    # -----------------------------------------------------------------------
    # Lesson check: where-to-complain
    # -----------------------------------------------------------------------
    {
        "key": "cr-29",
        "pool": "check:where-to-complain",
        "kind": "single",
        "skills": ["consumer.complaint-routes"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Ақсұңқар жиһаз дүкеніне претензия тапсырып, өз данасына белгі алды. Дүкен жауап бермей "
            "отыр. Келесі қадам қандай?",
            "ru": "Аксункар вручил мебельному магазину претензию и получил отметку на своём экземпляре. "
            "Магазин молчит. Каков следующий шаг?",
            "en": "Aksunkar handed a claim to a furniture shop and got a mark on his copy. The shop has not "
            "replied. What is the next step?",
        },
        "options": [
            {
                "text": {
                    "kk": "eOtinish арқылы не қағазбен уәкілетті органға жүгініп, претензияның көшірмесін тіркеу",
                    "ru": "Обратиться в уполномоченный орган через eOtinish или на бумаге, приложив копию претензии",
                    "en": "Apply to the authorised body via eOtinish or on paper, attaching a copy of the claim",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: сатушы жауап бермесе, тұтынушылар құқығын қорғау жөніндегі уәкілетті "
                    "органға жүгінуге болады.",
                    "ru": "Верно: если продавец не отвечает, можно обратиться в уполномоченный орган по "
                    "защите прав потребителей.",
                    "en": "Correct: if the seller does not reply, you can turn to the authorised consumer "
                    "protection body.",
                },
            },
            {
                "text": {
                    "kk": "Дүкеннің әлеуметтік желідегі парақшасына жазып, күте беру",
                    "ru": "Написать на странице магазина в соцсети и ждать дальше",
                    "en": "Post on the shop's social media page and keep waiting",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: бұл ресми жүгіну емес, дау шешілмей қала береді.",
                    "ru": "Неверно: это не официальное обращение, и спор так и останется нерешённым.",
                    "en": "Wrong: this is not a formal complaint, and the dispute will remain unresolved.",
                },
            },
            {
                "text": {
                    "kk": "Жаңа претензия жазып, ескісін жойып жіберу",
                    "ru": "Написать новую претензию, а старую выбросить",
                    "en": "Write a new claim and throw the old one away",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: белгі қойылған дана — маңызды дәлел, оны сақтау керек.",
                    "ru": "Неверно: экземпляр с отметкой — важное доказательство, его нужно сохранить.",
                    "en": "Wrong: the marked copy is important evidence and must be kept.",
                },
            },
            {
                "text": {
                    "kk": "Ештеңе істемеу: жауап болмаса, басқа жол жоқ",
                    "ru": "Ничего не делать: раз нет ответа, других путей нет",
                    "en": "Do nothing: with no reply, there is no other way",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: уәкілетті орган мен сот — сатушы жауап бермегенде ашық жолдар.",
                    "ru": "Неверно: уполномоченный орган и суд остаются доступны, когда продавец молчит.",
                    "en": "Wrong: the authorised body and the courts remain open when the seller is silent.",
                },
            },
        ],
        "explanation": {
            "kk": "Сатушы жауап бермесе не негізсіз бас тартса, тұтынушылардың құқықтарын қорғау жөніндегі "
            "уәкілетті органға қағазбен не eOtinish арқылы жүгінесіз. Өтінішке претензияны және сатушының "
            "жауабын (болса) тіркейсіз; дау шешілмесе, сотқа баруға болады.",
            "ru": "Если продавец не отвечает или отказывает без оснований, обращаются в уполномоченный "
            "орган по защите прав потребителей на бумаге или через eOtinish. К обращению прикладывают "
            "претензию и ответ продавца (если есть); если спор не решён, можно идти в суд.",
            "en": "If the seller does not reply or refuses without good reason, you apply to the authorised "
            "consumer protection body on paper or via eOtinish, attaching the claim and any reply. If the "
            "dispute is still not resolved, you can go to court.",
        },
        "act": "consumer-protection",
        "article": _CP_30,
    },
    {
        "key": "cr-30",
        "pool": "check:where-to-complain",
        "kind": "single",
        "skills": ["consumer.complaint-routes", "consumer.written-claim"],
        "difficulty": 2,
        "scenario": None,
        "stem": {
            "kk": "Зейнеткер Роза апай сатушыға претензияны өзі жаза алмайды, ал ақылы заңгерге қаражаты "
            "жоқ. Оған қандай кеңес берген дұрыс?",
            "ru": "Пенсионерка Роза-апай не может сама написать претензию продавцу, а на платного юриста "
            "денег нет. Что ей правильно посоветовать?",
            "en": "Roza, a pensioner, cannot write the claim to the seller herself and has no money for a "
            "paid lawyer. What is the right advice?",
        },
        "options": [
            {
                "text": {
                    "kk": "E-Zan komegi жүйесіне, 1414 нөміріне не университеттің заң клиникасына жүгініп, "
                    "тегін көмекке құқығын анықтау",
                    "ru": "Обратиться в систему E-Zan komegi, по номеру 1414 или в юридическую клинику "
                    "университета и выяснить своё право на бесплатную помощь",
                    "en": "Turn to E-Zan komegi, the 1414 line or a university legal clinic and find out "
                    "whether she qualifies for free help",
                },
                "correct": True,
                "feedback": {
                    "kk": "Дұрыс: бұл арналар тегін кеңес береді, ал мемлекет кепілдік берген көмек құжат "
                    "дайындауды да қамтуы мүмкін.",
                    "ru": "Верно: эти каналы бесплатно консультируют, а гарантированная государством помощь "
                    "может включать и составление документов.",
                    "en": "Correct: these channels give free advice, and state-guaranteed help can include "
                    "drafting documents.",
                },
            },
            {
                "text": {
                    "kk": "Заңгерге ақша болмаса, претензиядан бас тарту",
                    "ru": "Раз нет денег на юриста, отказаться от претензии",
                    "en": "Give up the claim since she cannot pay a lawyer",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: заңда көзделген жағдайларда заң көмегі тегін көрсетіледі.",
                    "ru": "Неверно: в случаях, предусмотренных законом, юридическая помощь бесплатна.",
                    "en": "Wrong: in cases provided by law, legal assistance is free.",
                },
            },
            {
                "text": {
                    "kk": "Тегін көмек үшін «кезексіз қызмет» деп ақша сұраған адамға төлеу",
                    "ru": "Заплатить тому, кто просит деньги за «бесплатную помощь без очереди»",
                    "en": "Pay someone asking for money for “free help without queuing”",
                },
                "correct": False,
                "feedback": {
                    "kk": "Бұрыс: тегін көмек үшін ақша сұралуы — дабыл белгісі.",
                    "ru": "Неверно: просьба заплатить за бесплатную помощь — тревожный сигнал.",
                    "en": "Wrong: being asked to pay for free help is a warning sign.",
                },
            },
        ],
        "explanation": {
            "kk": "Конституция бойынша әркімнің білікті заң көмегін алуға құқығы бар, ал заңда көзделген "
            "жағдайларда ол тегін. Азаматтық істерде тегін кеңес өтініш пен шағым дайындауды да "
            "қамтиды; оны кімдер алатынын заң айқындайды.",
            "ru": "По Конституции каждый имеет право на квалифицированную юридическую помощь, а в случаях, "
            "предусмотренных законом, она бесплатна. В гражданских делах бесплатная консультация включает "
            "и составление заявлений и жалоб; круг получателей определяет закон.",
            "en": "Under the Constitution everyone has the right to qualified legal assistance, free in cases "
            "provided by law. In civil matters, free consultation includes drafting applications and "
            "complaints; the law sets who is eligible.",
        },
        "act": "constitution",
        "article": _CONSTITUTION_13_3,
    },
]


PRE_POST = {
    "title": {
        "kk": "Тұтынушы құқықтары: не білесіз?",
        "ru": "Права потребителей: что вы знаете?",
        "en": "Consumer rights: what do you know?",
    },
    "rules": {
        "consumer.rights-basics": 2,
        "consumer.return-goods": 2,
        "consumer.written-claim": 2,
        "consumer.complaint-routes": 2,
        "consumer.online-and-ai": 2,
    },
}

LESSON_CHECKS = {
    "basic-consumer-rights": ["cr-21", "cr-22"],
    "faulty-goods-returns-and-exchanges": ["cr-23", "cr-24", "cr-25"],
    "writing-a-claim-to-the-seller": ["cr-26", "cr-27", "cr-28"],
    "where-to-complain": ["cr-29", "cr-30"],
}
