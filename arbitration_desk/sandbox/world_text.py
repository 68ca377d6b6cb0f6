"""Data tables of the demo world: countries, names, products and chat phrases in several languages.

Phrases are hand-written per language (no external services); ``{order}`` and ``{tracking}`` are
filled in by the chat generator, identically in every language of a phrase.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    """A marketplace country: language, currency (≤ 2 minor digits), units per USD, places, names."""

    code: str
    language: str
    currency: str
    per_usd: str
    cities: tuple[str, ...]
    people: tuple[str, ...]
    shops: tuple[str, ...]


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country(
            "FR",
            "fr-FR",
            "EUR",
            "0.92",
            ("Lyon", "Paris", "Lille"),
            ("Camille D.", "Julien M.", "Inès B."),
            ("Atelier Lumière",),
        ),
        Country(
            "DE",
            "de-DE",
            "EUR",
            "0.92",
            ("Berlin", "Köln", "Leipzig"),
            ("Lukas S.", "Anna K.", "Jürgen W."),
            ("Technik Kontor GmbH",),
        ),
        Country(
            "ES",
            "es-ES",
            "EUR",
            "0.92",
            ("Madrid", "Valencia", "Sevilla"),
            ("Lucía G.", "Javier R."),
            ("Casa Ordoñez",),
        ),
        Country(
            "MX",
            "es-MX",
            "MXN",
            "17.10",
            ("Guadalajara", "Monterrey", "Puebla"),
            ("María José L.", "Diego H.", "Fernanda P."),
            ("Tienda Azteca Digital",),
        ),
        Country(
            "BR",
            "pt-BR",
            "BRL",
            "5.00",
            ("São Paulo", "Curitiba", "Recife"),
            ("João Pedro A.", "Larissa C.", "Thiago N."),
            ("Loja Estrela do Sul",),
        ),
        Country("PT", "pt-PT", "EUR", "0.92", ("Porto", "Braga"), ("Rita F.", "Tiago V."), ("Casa Tavares",)),
        Country(
            "RU",
            "ru-RU",
            "RUB",
            "90.00",
            ("Москва", "Казань", "Новосибирск"),
            ("Дмитрий К.", "Ольга С.", "Алексей П."),
            ("ТехноМир",),
        ),
        Country(
            "AE",
            "ar-AE",
            "AED",
            "3.67",
            ("دبي", "أبوظبي", "الشارقة"),
            ("خالد م.", "فاطمة ع.", "Omar H."),
            ("متجر الواحة",),
        ),
        Country("EG", "ar-EG", "EGP", "48.00", ("القاهرة", "الإسكندرية"), ("محمد س.", "Nour E."), ("Nile Crafts",)),
        Country(
            "CN",
            "zh-CN",
            "CNY",
            "7.20",
            ("深圳", "广州", "义乌", "杭州"),
            ("王伟", "李娜", "Zhang Min"),
            ("Bright Harbor Electronics", "深圳明辉电子", "Yiwu Happy Home Store", "杭州丝语服饰"),
        ),
        Country(
            "US",
            "en-US",
            "USD",
            "1.00",
            ("Chicago", "Austin", "Portland"),
            ("Emily R.", "Marcus T.", "Kayla W."),
            ("Summit Outdoor Supply",),
        ),
        Country(
            "GB",
            "en-GB",
            "GBP",
            "0.79",
            ("Leeds", "Bristol", "Glasgow"),
            ("Oliver P.", "Sophie H."),
            ("Thames Vintage Ltd",),
        ),
    )
}
BUYER_COUNTRIES = ("FR", "DE", "ES", "MX", "BR", "PT", "RU", "AE", "EG", "US", "GB", "CN")
SELLER_COUNTRIES = ("CN", "CN", "CN", "US", "DE", "BR", "RU", "ES", "GB", "AE")

#: Made-up carriers (they appear on shipping labels and pages in the evidence pictures too).
CARRIERS = ("Example Parcel Co.", "GlobalPost Express", "Silk Lane Standard", "SwiftLine Logistics", "Pacote Rápido")


@dataclass(frozen=True)
class Product:
    sku: str
    title: str
    usd: str


PRODUCTS: tuple[Product, ...] = (
    Product("EB-220-BLK", "Wireless noise-cancelling earbuds, black", "97.00"),
    Product("CC-07-SIL", "Silicone charging case cover", "8.10"),
    Product("SW-41-GRY", 'Smart watch 1.9" AMOLED, grey', "64.50"),
    Product("PB-20K", "Power bank 20000 mAh USB-C PD", "35.90"),
    Product("HB-LTH-BRN", "Genuine leather handbag, brown", "129.00"),
    Product("SN-RUN-42", "Running sneakers, size 42", "89.00"),
    Product("DR-SLK-M", "Silk summer dress, size M", "56.00"),
    Product("KN-SET-5", "Kitchen knife set, 5 pieces, stainless steel", "42.00"),
    Product("LP-STD-ALU", "Aluminium laptop stand, adjustable", "27.50"),
    Product("DR-MINI-4K", "Mini drone with 4K camera", "219.00"),
    Product("GP-PRO-W", "Wireless game controller, white", "49.90"),
    Product("LED-STR-5M", "LED light strip 5 m, RGB, app control", "18.40"),
    Product("PER-100ML", "Eau de parfum 100 ml", "74.00"),
    Product("SSD-1TB-NV", "NVMe SSD 1 TB", "79.00"),
    Product("LEGO-CMP-1", "Building blocks set, 1200 pieces", "64.00"),
    Product("VC-ROBO-3", "Robot vacuum cleaner with mapping", "259.00"),
    Product("TAB-10-64", 'Tablet 10.1" 64 GB', "149.00"),
    Product("CAM-ACT-4", "Action camera 4K waterproof", "119.00"),
    Product("TEA-PU-250", "Aged pu-erh tea cake 250 g", "31.00"),
    Product("WT-AUTO-S", "Automatic wristwatch, sapphire glass", "340.00"),
)

# Phrase tables by intent, then by base language. Keep ``{order}``/``{tracking}`` in every language.
PHRASES: dict[str, dict[str, str]] = {
    "b_not_received": {
        "en": "Hello, my order {order} never arrived, but the tracking says it was delivered.",
        "zh": "您好，我的订单{order}一直没有收到，但物流显示已经签收。",
        "es": "Hola, mi pedido {order} nunca llegó, pero el seguimiento dice que fue entregado.",
        "ru": "Здравствуйте, мой заказ {order} так и не пришёл, хотя в отслеживании написано «доставлен».",
        "ar": "مرحباً، طلبي {order} لم يصل أبداً، لكن التتبع يقول إنه تم تسليمه.",
        "pt": "Olá, meu pedido {order} nunca chegou, mas o rastreamento diz que foi entregue.",
        "fr": "Bonjour, ma commande {order} n'est jamais arrivée, mais le suivi indique « livré ».",
        "de": "Hallo, meine Bestellung {order} ist nie angekommen, laut Sendungsverfolgung wurde sie zugestellt.",
    },
    "b_not_as_described": {
        "en": "The item is not as described: the material and the colour are different from the listing.",
        "zh": "商品与描述不符：材质和颜色都和商品页面上的不一样。",
        "es": "El artículo no es como se describe: el material y el color son distintos del anuncio.",
        "ru": "Товар не соответствует описанию: материал и цвет отличаются от объявления.",
        "ar": "المنتج ليس كما هو موصوف: الخامة واللون مختلفان عن الإعلان.",
        "pt": "O produto não é como descrito: o material e a cor são diferentes do anúncio.",
        "fr": "L'article n'est pas conforme : la matière et la couleur ne correspondent pas à l'annonce.",
        "de": "Der Artikel entspricht nicht der Beschreibung: Material und Farbe weichen vom Angebot ab.",
    },
    "b_counterfeit": {
        "en": "This is a counterfeit. The serial number does not exist on the brand's website.",
        "zh": "这是假货。品牌官网上查不到这个序列号。",
        "es": "Es una falsificación. El número de serie no existe en la web de la marca.",
        "ru": "Это подделка. Серийного номера нет на сайте производителя.",
        "ar": "هذا منتج مقلد. الرقم التسلسلي غير موجود على موقع العلامة التجارية.",
        "pt": "Isto é falsificado. O número de série não existe no site da marca.",
        "fr": "C'est une contrefaçon. Le numéro de série n'existe pas sur le site de la marque.",
        "de": "Das ist eine Fälschung. Die Seriennummer existiert auf der Website der Marke nicht.",
    },
    "b_damaged": {
        "en": "The parcel arrived crushed and the item is broken. I kept the box.",
        "zh": "包裹到的时候被压坏了，商品也碎了。我保留了箱子。",
        "es": "El paquete llegó aplastado y el artículo está roto. Guardé la caja.",
        "ru": "Посылка пришла смятой, товар сломан. Коробку я сохранил.",
        "ar": "وصل الطرد مسحوقاً والمنتج مكسور. احتفظت بالصندوق.",
        "pt": "A encomenda chegou amassada e o produto está quebrado. Guardei a caixa.",
        "fr": "Le colis est arrivé écrasé et l'article est cassé. J'ai gardé le carton.",
        "de": "Das Paket kam zerdrückt an und der Artikel ist kaputt. Den Karton habe ich aufbewahrt.",
    },
    "b_wrong_item": {
        "en": "I received a different item from the one I ordered in {order}.",
        "zh": "我收到的商品和订单{order}里买的不是同一个。",
        "es": "Recibí un artículo distinto del que pedí en {order}.",
        "ru": "Я получил не тот товар, который заказывал в {order}.",
        "ar": "استلمت منتجاً مختلفاً عن الذي طلبته في {order}.",
        "pt": "Recebi um produto diferente do que pedi em {order}.",
        "fr": "J'ai reçu un article différent de celui commandé dans {order}.",
        "de": "Ich habe einen anderen Artikel erhalten als in {order} bestellt.",
    },
    "b_partial": {
        "en": "Only part of the order arrived; one of the items is missing from the box.",
        "zh": "只收到了部分商品，箱子里少了一件。",
        "es": "Solo llegó parte del pedido; falta uno de los artículos en la caja.",
        "ru": "Пришла только часть заказа, одного товара в коробке нет.",
        "ar": "وصل جزء فقط من الطلب؛ أحد المنتجات غير موجود في الصندوق.",
        "pt": "Só chegou parte do pedido; falta um dos itens na caixa.",
        "fr": "Seule une partie de la commande est arrivée ; il manque un article dans le carton.",
        "de": "Nur ein Teil der Bestellung ist angekommen; ein Artikel fehlt im Karton.",
    },
    "b_photo": {
        "en": "Here is a photo that shows the problem.",
        "zh": "这是能说明问题的照片。",
        "es": "Aquí tiene una foto que muestra el problema.",
        "ru": "Вот фотография, на которой видна проблема.",
        "ar": "هذه صورة توضح المشكلة.",
        "pt": "Aqui está uma foto que mostra o problema.",
        "fr": "Voici une photo qui montre le problème.",
        "de": "Hier ist ein Foto, das das Problem zeigt.",
    },
    "b_refund": {
        "en": "I would like a full refund, please.",
        "zh": "我希望全额退款。",
        "es": "Quisiera un reembolso completo, por favor.",
        "ru": "Прошу вернуть полную стоимость.",
        "ar": "أرغب في استرداد المبلغ كاملاً من فضلك.",
        "pt": "Gostaria do reembolso total, por favor.",
        "fr": "Je souhaite un remboursement intégral, s'il vous plaît.",
        "de": "Ich möchte bitte eine vollständige Erstattung.",
    },
    "b_waiting": {
        "en": "It has been a week and I still have no answer. Please reply.",
        "zh": "已经一个星期了，我还是没有收到答复。请回复。",
        "es": "Ha pasado una semana y sigo sin respuesta. Por favor, conteste.",
        "ru": "Прошла неделя, а ответа всё нет. Пожалуйста, ответьте.",
        "ar": "مر أسبوع وما زلت بلا رد. يرجى الرد.",
        "pt": "Já passou uma semana e continuo sem resposta. Por favor, responda.",
        "fr": "Cela fait une semaine et je n'ai toujours pas de réponse. Merci de répondre.",
        "de": "Es ist eine Woche vergangen und ich habe immer noch keine Antwort. Bitte antworten Sie.",
    },
    "b_neighbours": {
        "en": "I asked my neighbours and the building manager; nobody received the parcel.",
        "zh": "我问过邻居和物业，没有人收到这个包裹。",
        "es": "Pregunté a mis vecinos y al conserje; nadie recibió el paquete.",
        "ru": "Я спросил соседей и управляющего домом — посылку никто не получал.",
        "ar": "سألت جيراني ومدير المبنى؛ لم يستلم أحد الطرد.",
        "pt": "Perguntei aos vizinhos e ao síndico; ninguém recebeu a encomenda.",
        "fr": "J'ai demandé à mes voisins et au gardien : personne n'a reçu le colis.",
        "de": "Ich habe Nachbarn und Hausverwaltung gefragt; niemand hat das Paket erhalten.",
    },
    "s_sorry": {
        "en": "Dear customer, we are sorry for the inconvenience. We are checking your order {order}.",
        "zh": "亲爱的顾客，给您带来不便非常抱歉。我们正在核查您的订单{order}。",
        "es": "Estimado cliente, lamentamos las molestias. Estamos revisando su pedido {order}.",
        "ru": "Уважаемый покупатель, приносим извинения. Мы проверяем ваш заказ {order}.",
        "ar": "عزيزي العميل، نعتذر عن الإزعاج. نحن نراجع طلبك {order}.",
        "pt": "Prezado cliente, pedimos desculpas pelo transtorno. Estamos verificando seu pedido {order}.",
        "fr": "Cher client, nous sommes désolés pour le désagrément. Nous vérifions votre commande {order}.",
        "de": "Sehr geehrter Kunde, entschuldigen Sie die Unannehmlichkeiten. Wir prüfen Ihre Bestellung {order}.",
    },
    "s_delivered": {
        "en": "According to the carrier, parcel {tracking} was delivered. We asked for the proof of delivery.",
        "zh": "根据物流信息，包裹{tracking}已经投递。我们已向承运商申请签收证明。",
        "es": "Según el transportista, el paquete {tracking} fue entregado. Pedimos la prueba de entrega.",
        "ru": "По данным перевозчика, посылка {tracking} доставлена. Мы запросили подтверждение вручения.",
        "ar": "وفقاً لشركة الشحن، تم تسليم الطرد {tracking}. طلبنا إثبات التسليم.",
        "pt": "Segundo a transportadora, a encomenda {tracking} foi entregue. Pedimos o comprovante de entrega.",
        "fr": "Selon le transporteur, le colis {tracking} a été livré. Nous avons demandé la preuve de livraison.",
        "de": "Laut Spediteur wurde Paket {tracking} zugestellt. Wir haben den Zustellnachweis angefordert.",
    },
    "s_partial_offer": {
        "en": "We can offer a 30% refund and you keep the item.",
        "zh": "我们可以退款30%，商品您可以留着。",
        "es": "Podemos ofrecer un reembolso del 30% y usted se queda con el artículo.",
        "ru": "Мы можем вернуть 30% стоимости, товар остаётся у вас.",
        "ar": "يمكننا تقديم استرداد بنسبة 30% وتحتفظ بالمنتج.",
        "pt": "Podemos oferecer 30% de reembolso e você fica com o produto.",
        "fr": "Nous pouvons proposer un remboursement de 30 % et vous gardez l'article.",
        "de": "Wir bieten 30 % Erstattung an, und Sie behalten den Artikel.",
    },
    "s_return_first": {
        "en": "Please return the item first. We refund after we receive it.",
        "zh": "请先退货，我们收到后再退款。",
        "es": "Por favor, devuelva primero el artículo. Reembolsamos cuando lo recibamos.",
        "ru": "Сначала верните товар, пожалуйста. Деньги вернём после получения.",
        "ar": "يرجى إرجاع المنتج أولاً. سنعيد المبلغ بعد استلامه.",
        "pt": "Por favor, devolva o produto primeiro. Reembolsamos depois de recebê-lo.",
        "fr": "Merci de renvoyer d'abord l'article. Nous remboursons à réception.",
        "de": "Bitte senden Sie den Artikel zuerst zurück. Wir erstatten nach Erhalt.",
    },
    "s_original": {
        "en": "Our products are 100% original, we have the invoice from the distributor.",
        "zh": "我们的产品百分之百正品，有经销商的发票。",
        "es": "Nuestros productos son 100% originales, tenemos la factura del distribuidor.",
        "ru": "Наши товары на 100% оригинальные, у нас есть счёт от дистрибьютора.",
        "ar": "منتجاتنا أصلية 100%، ولدينا فاتورة الموزع.",
        "pt": "Nossos produtos são 100% originais, temos a nota fiscal do distribuidor.",
        "fr": "Nos produits sont 100 % authentiques, nous avons la facture du distributeur.",
        "de": "Unsere Produkte sind zu 100 % original, wir haben die Rechnung des Händlers.",
    },
    "s_packed_well": {
        "en": "The item was checked and packed carefully before shipping, see our packing photo.",
        "zh": "商品发货前经过检查并仔细包装，请看我们的打包照片。",
        "es": "El artículo se revisó y se embaló con cuidado antes del envío; vea nuestra foto del embalaje.",
        "ru": "Товар проверили и тщательно упаковали перед отправкой, см. фото упаковки.",
        "ar": "تم فحص المنتج وتغليفه بعناية قبل الشحن، انظر صورة التغليف.",
        "pt": "O produto foi conferido e embalado com cuidado antes do envio, veja a foto da embalagem.",
        "fr": "L'article a été vérifié et emballé avec soin avant l'envoi, voir notre photo d'emballage.",
        "de": "Der Artikel wurde vor dem Versand geprüft und sorgfältig verpackt, siehe unser Packfoto.",
    },
    "s_later": {
        "en": "Our team is on holiday, we will answer next week.",
        "zh": "我们团队在放假，下周回复您。",
        "es": "Nuestro equipo está de vacaciones, responderemos la próxima semana.",
        "ru": "Наша команда в отпуске, ответим на следующей неделе.",
        "ar": "فريقنا في إجازة، سنرد الأسبوع المقبل.",
        "pt": "Nossa equipe está de férias, responderemos na próxima semana.",
        "fr": "Notre équipe est en congé, nous répondrons la semaine prochaine.",
        "de": "Unser Team ist im Urlaub, wir antworten nächste Woche.",
    },
    "a_received": {
        "en": "Thank you, we have received your message and added it to the dispute file.",
        "zh": "谢谢，我们已收到您的消息并将其加入争议档案。",
        "es": "Gracias, hemos recibido su mensaje y lo hemos añadido al expediente de la disputa.",
        "ru": "Спасибо, мы получили ваше сообщение и добавили его в материалы спора.",
        "ar": "شكراً، استلمنا رسالتك وأضفناها إلى ملف النزاع.",
        "pt": "Obrigado, recebemos sua mensagem e a adicionamos ao processo da disputa.",
        "fr": "Merci, nous avons bien reçu votre message et l'avons ajouté au dossier du litige.",
        "de": "Danke, wir haben Ihre Nachricht erhalten und zur Streitfallakte hinzugefügt.",
    },
    "a_evidence": {
        "en": "Please upload photos of the item, the packaging and the shipping label.",
        "zh": "请上传商品、包装和快递面单的照片。",
        "es": "Suba fotos del artículo, del embalaje y de la etiqueta de envío, por favor.",
        "ru": "Загрузите, пожалуйста, фото товара, упаковки и транспортной этикетки.",
        "ar": "يرجى رفع صور للمنتج والتغليف وملصق الشحن.",
        "pt": "Envie fotos do produto, da embalagem e da etiqueta de envio, por favor.",
        "fr": "Merci de téléverser des photos de l'article, de l'emballage et de l'étiquette d'expédition.",
        "de": "Bitte laden Sie Fotos des Artikels, der Verpackung und des Versandetiketts hoch.",
    },
    "a_mediation": {
        "en": "The mediator proposes a 50% refund. Do you accept?",
        "zh": "调解员建议退款50%。您是否接受？",
        "es": "El mediador propone un reembolso del 50%. ¿Acepta?",
        "ru": "Медиатор предлагает вернуть 50%. Вы согласны?",
        "ar": "يقترح الوسيط استرداد 50%. هل توافق؟",
        "pt": "O mediador propõe um reembolso de 50%. Você aceita?",
        "fr": "Le médiateur propose un remboursement de 50 %. Acceptez-vous ?",
        "de": "Der Mediator schlägt 50 % Erstattung vor. Sind Sie einverstanden?",
    },
    "a_escalated": {
        "en": "The dispute has been escalated to the arbitration committee. A panel will decide.",
        "zh": "该争议已提交仲裁委员会，将由仲裁小组裁决。",
        "es": "La disputa se ha elevado al comité de arbitraje. Un panel decidirá.",
        "ru": "Спор передан в арбитражный комитет. Решение примет коллегия.",
        "ar": "تم تصعيد النزاع إلى لجنة التحكيم. ستقرر هيئة التحكيم.",
        "pt": "A disputa foi encaminhada ao comitê de arbitragem. Um painel decidirá.",
        "fr": "Le litige a été transmis au comité d'arbitrage. Un collège décidera.",
        "de": "Der Streitfall wurde an das Schiedskomitee übergeben. Ein Gremium wird entscheiden.",
    },
}

BUYER_OPENING = {
    "not_received": ("b_not_received", "b_neighbours"),
    "not_as_described": ("b_not_as_described", "b_photo"),
    "counterfeit": ("b_counterfeit", "b_photo"),
    "damaged": ("b_damaged", "b_photo"),
    "wrong_item": ("b_wrong_item", "b_photo"),
    "partial_delivery": ("b_partial", "b_photo"),
    "other": ("b_waiting", "b_refund"),
}
BUYER_FOLLOW_UPS = ("b_refund", "b_waiting", "b_photo", "b_neighbours")
SELLER_LINES = ("s_sorry", "s_delivered", "s_partial_offer", "s_return_first", "s_original", "s_packed_well")
STALLING_LINES = ("s_later", "s_sorry", "s_later")
AGENT_LINES = ("a_received", "a_evidence", "a_mediation")

# Plain text with markup and a right-to-left override: the client must show it as inert text.
HOSTILE_LINES = (
    "<b>URGENT</b> refund will NOT be given, read our <a href='http://example.invalid'>policy</a>",
    "<img src=x onerror=alert(1)> photo attached",
    "Invoice file: \u202egpj.exe",
)

SYSTEM_LINES = {
    "opened": "Dispute opened by the buyer.",
    "mediation": "A mediator has joined the conversation.",
    "escalated": "The dispute was escalated to arbitration.",
}

ANNOTATION_BODIES = (
    "Check the tracking timeline against the buyer's address.",
    "The seller's statement contradicts the carrier events.",
    "Key evidence: compare with the listing photo.",
    "Buyer is a frequent complainant; weigh statements carefully.",
    "Seller answered late on every step of this dispute.",
    "Ask the panel whether a partial refund is fair here.",
)
