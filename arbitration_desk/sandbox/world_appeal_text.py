"""Party text of the demo world's appeals: grounds and messages, by intent and base language.

Like ``world_text.PHRASES``: every intent has every language the world's parties speak, and keeps
``{order}`` (and ``{tracking}`` where used) in each.
"""

from __future__ import annotations

APPEAL_PHRASES: dict[str, dict[str, str]] = {
    "g_delivered": {
        "en": (
            "We appeal the ruling on order {order}. The carrier has since sent us the signed delivery receipt "
            "for parcel {tracking}, which we could not obtain before the decision. The parcel reached the "
            "buyer's address, so no refund is owed."
        ),
        "zh": (
            "我们对订单{order}的裁决提出上诉。承运商在裁决后才向我们提供了包裹{tracking}的签收回执，此前我们无法取得。"
            "包裹已送达买家地址，因此不应退款。"
        ),
        "es": (
            "Apelamos la resolución sobre el pedido {order}. El transportista nos ha enviado después el acuse de "
            "entrega firmado del paquete {tracking}, que no pudimos obtener antes de la decisión. El paquete llegó "
            "a la dirección del comprador, por lo que no procede ningún reembolso."
        ),
        "ru": (
            "Мы обжалуем решение по заказу {order}. Перевозчик уже после решения прислал нам подписанную квитанцию "
            "о вручении посылки {tracking}, которую мы не могли получить раньше. Посылка была доставлена по адресу "
            "покупателя, поэтому возврат денег не положен."
        ),
        "ar": (
            "نستأنف الحكم الصادر بشأن الطلب {order}. أرسل لنا الناقل بعد القرار إيصال التسليم الموقّع للطرد {tracking}، "
            "ولم نتمكن من الحصول عليه قبل ذلك. وصل الطرد إلى عنوان المشتري، لذا لا يستحق أي استرداد."
        ),
        "pt": (
            "Recorremos da decisão sobre o pedido {order}. A transportadora nos enviou depois o comprovante de "
            "entrega assinado do pacote {tracking}, que não conseguimos obter antes da decisão. O pacote chegou ao "
            "endereço do comprador, portanto nenhum reembolso é devido."
        ),
        "fr": (
            "Nous faisons appel de la décision concernant la commande {order}. Le transporteur nous a depuis envoyé "
            "l'accusé de livraison signé du colis {tracking}, que nous n'avions pas pu obtenir avant la décision. "
            "Le colis est arrivé à l'adresse de l'acheteur ; aucun remboursement n'est donc dû."
        ),
        "de": (
            "Wir legen Berufung gegen die Entscheidung zur Bestellung {order} ein. Der Zusteller hat uns inzwischen "
            "die unterschriebene Empfangsbestätigung für das Paket {tracking} geschickt, die wir vor der Entscheidung "
            "nicht erhalten konnten. Das Paket ist an der Adresse des Käufers angekommen, eine Erstattung ist daher "
            "nicht geschuldet."
        ),
    },
    "g_counterfeit": {
        "en": (
            "I appeal the ruling on order {order}. After the decision, an authorised dealer examined the item and "
            "confirmed in writing that it is not genuine; the report is attached. I ask for a full refund."
        ),
        "zh": (
            "我对订单{order}的裁决提出上诉。裁决之后，一家授权经销商检查了该商品，"
            "并书面确认它不是正品；报告见附件。我要求全额退款。"
        ),
        "es": (
            "Apelo la resolución sobre el pedido {order}. Después de la decisión, un distribuidor autorizado examinó "
            "el artículo y confirmó por escrito que no es original; adjunto el informe. Solicito el reembolso total."
        ),
        "ru": (
            "Обжалую решение по заказу {order}. После решения официальный дилер осмотрел товар и письменно "
            "подтвердил, что он не оригинальный; заключение прилагаю. Прошу полный возврат денег."
        ),
        "ar": (
            "أستأنف الحكم الصادر بشأن الطلب {order}. بعد القرار، فحص وكيل معتمد المنتج وأكّد كتابياً أنه غير أصلي؛ "
            "التقرير مرفق. أطلب استرداد المبلغ كاملاً."
        ),
        "pt": (
            "Recorro da decisão sobre o pedido {order}. Depois da decisão, um revendedor autorizado examinou o "
            "produto e confirmou por escrito que ele não é original; o laudo está anexado. Peço o reembolso total."
        ),
        "fr": (
            "Je fais appel de la décision concernant la commande {order}. Après la décision, un revendeur agréé a "
            "examiné l'article et a confirmé par écrit qu'il n'est pas authentique ; le rapport est joint. Je "
            "demande un remboursement intégral."
        ),
        "de": (
            "Ich lege Berufung gegen die Entscheidung zur Bestellung {order} ein. Nach der Entscheidung hat ein "
            "autorisierter Händler den Artikel geprüft und schriftlich bestätigt, dass er nicht echt ist; das "
            "Gutachten liegt bei. Ich bitte um volle Erstattung."
        ),
    },
    "g_damaged": {
        "en": (
            "I appeal the ruling on order {order}. After the decision, a repair shop examined the item and "
            "confirmed in writing that the damage was caused in transit, not by me. Please review the case with "
            "this report."
        ),
        "zh": (
            "我对订单{order}的裁决提出上诉。裁决之后，一家维修店检查了商品，"
            "并书面确认损坏是在运输途中造成的，而不是我造成的。请根据这份报告重新审理此案。"
        ),
        "es": (
            "Apelo la resolución sobre el pedido {order}. Después de la decisión, un taller de reparación examinó "
            "el artículo y confirmó por escrito que el daño se produjo durante el transporte, no por mi culpa. Les "
            "ruego que revisen el caso con este informe."
        ),
        "ru": (
            "Обжалую решение по заказу {order}. После решения сервисный центр осмотрел товар и письменно "
            "подтвердил, что повреждение возникло при перевозке, а не по моей вине. Прошу пересмотреть дело с "
            "учётом этого заключения."
        ),
        "ar": (
            "أستأنف الحكم الصادر بشأن الطلب {order}. بعد القرار، فحص محل تصليح المنتج وأكّد كتابياً أن التلف حدث "
            "أثناء الشحن وليس بسببي. أرجو إعادة النظر في القضية في ضوء هذا التقرير."
        ),
        "pt": (
            "Recorro da decisão sobre o pedido {order}. Depois da decisão, uma assistência técnica examinou o "
            "produto e confirmou por escrito que o dano ocorreu no transporte, e não por minha culpa. Peço que "
            "revisem o caso com este laudo."
        ),
        "fr": (
            "Je fais appel de la décision concernant la commande {order}. Après la décision, un réparateur a "
            "examiné l'article et a confirmé par écrit que les dégâts sont survenus pendant le transport, et non "
            "de mon fait. Merci de réexaminer le dossier avec ce rapport."
        ),
        "de": (
            "Ich lege Berufung gegen die Entscheidung zur Bestellung {order} ein. Nach der Entscheidung hat eine "
            "Werkstatt den Artikel untersucht und schriftlich bestätigt, dass der Schaden beim Transport entstanden "
            "ist und nicht durch mich. Bitte prüfen Sie den Fall mit diesem Bericht erneut."
        ),
    },
    "m_filed": {
        "en": "I have filed an appeal against the ruling on order {order}. The new document is attached.",
        "zh": "我已对订单{order}的裁决提出上诉。新的文件见附件。",
        "es": "He presentado una apelación contra la resolución sobre el pedido {order}. Adjunto el nuevo documento.",
        "ru": "Подана апелляция на решение по заказу {order}. Новый документ во вложении.",
        "ar": "قدّمت استئنافاً ضد الحكم الصادر بشأن الطلب {order}. المستند الجديد مرفق.",
        "pt": "Entrei com recurso contra a decisão sobre o pedido {order}. O novo documento está anexado.",
        "fr": "J'ai fait appel de la décision concernant la commande {order}. Le nouveau document est joint.",
        "de": "Ich habe Berufung gegen die Entscheidung zur Bestellung {order} eingelegt. Das neue Dokument liegt bei.",
    },
    "m_admitted": {
        "en": (
            "Your appeal on order {order} has been admitted. A new panel of five members will decide; the first "
            "ruling stands until then."
        ),
        "zh": "您对订单{order}的上诉已被受理。将由五名成员组成的新仲裁小组裁决；在此之前，原裁决继续有效。",
        "es": (
            "Su apelación sobre el pedido {order} ha sido admitida. Un nuevo panel de cinco miembros decidirá; "
            "hasta entonces, la primera resolución sigue vigente."
        ),
        "ru": (
            "Ваша апелляция по заказу {order} принята. Решение примет новая коллегия из пяти членов; до этого "
            "первое решение остаётся в силе."
        ),
        "ar": (
            "تم قبول استئنافك بشأن الطلب {order}. ستقرر هيئة جديدة من خمسة أعضاء، "
            "ويبقى الحكم الأول سارياً حتى ذلك الحين."
        ),
        "pt": (
            "Seu recurso sobre o pedido {order} foi admitido. Um novo painel de cinco membros decidirá; até lá, a "
            "primeira decisão continua valendo."
        ),
        "fr": (
            "Votre appel concernant la commande {order} a été admis. Un nouveau collège de cinq membres décidera ; "
            "d'ici là, la première décision reste en vigueur."
        ),
        "de": (
            "Ihre Berufung zur Bestellung {order} wurde zugelassen. Ein neues Gremium aus fünf Mitgliedern wird "
            "entscheiden; bis dahin bleibt die erste Entscheidung bestehen."
        ),
    },
    "m_reply": {
        "en": "We disagree with the appeal. The first ruling on order {order} was correct and should stand.",
        "zh": "我们不同意该上诉。对订单{order}的第一次裁决是正确的，应当维持。",
        "es": "No estamos de acuerdo con la apelación. La primera resolución sobre el pedido {order} fue correcta.",
        "ru": "Мы не согласны с апелляцией. Первое решение по заказу {order} было правильным и должно остаться в силе.",
        "ar": "لا نوافق على الاستئناف. كان الحكم الأول بشأن الطلب {order} صحيحاً ويجب أن يبقى.",
        "pt": "Discordamos do recurso. A primeira decisão sobre o pedido {order} foi correta e deve ser mantida.",
        "fr": "Nous contestons l'appel. La première décision concernant la commande {order} était juste.",
        "de": "Wir widersprechen der Berufung. Die erste Entscheidung zur Bestellung {order} war richtig.",
    },
    "m_reply_evidence": {
        "en": "I disagree with the appeal on order {order}. I attach a new document that supports my account.",
        "zh": "我不同意关于订单{order}的上诉。附上一份支持我陈述的新文件。",
        "es": (
            "No estoy de acuerdo con la apelación sobre el pedido {order}. "
            "Adjunto un documento que respalda mi versión."
        ),
        "ru": "Возражаю против апелляции по заказу {order}. Прилагаю новый документ, подтверждающий мою позицию.",
        "ar": "أعترض على الاستئناف بشأن الطلب {order}. أرفق مستنداً جديداً يدعم روايتي.",
        "pt": "Discordo do recurso sobre o pedido {order}. Anexo um novo documento que confirma minha versão.",
        "fr": (
            "Je conteste l'appel concernant la commande {order}. Je joins un nouveau document qui confirme ma version."
        ),
        "de": (
            "Ich widerspreche der Berufung zur Bestellung {order}. "
            "Anbei ein neues Dokument, das meine Darstellung stützt."
        ),
    },
}
