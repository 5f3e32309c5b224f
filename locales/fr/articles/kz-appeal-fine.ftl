article-kz-appeal-fine =
    .title = Contester une amende : vous avez 10 jours
    .summary = Vous pouvez contester une décision d'amende dans les 10 jours suivant la réception de sa copie, auprès d'une autorité supérieure ou d'un tribunal.
    .keywords = shtraf, contravention, PV, recours, contestation, faire appel, amende injuste, amende abusive, annuler une amende, délai dépassé, rétablissement du délai, réclamation, faire opposition, recours gracieux, amende pour rien, réduire l'amende, contester le PV
    .unverified = Non confirmé : l'article exact qui fixe le délai de 10 jours pour déposer le recours (indiqué comme l'article 829-4 du KoAP), l'article sur le rétablissement d'un délai dépassé, et si le recours se dépose au bureau qui a décidé ou directement auprès de l'autorité supérieure ou du tribunal. Les 10 jours sont indiqués comme des jours entiers (« суток ») : Huquq compte donc des jours calendaires.
    .body =
        ## Le délai : 10 jours
        Vous pouvez faire un recours dans les **10 jours** à partir du jour où vous avez _reçu une copie_ de la décision. Comptez à partir du jour où vous avez reçu la copie. Comptez en **jours calendaires** : les week-ends et les jours fériés comptent aussi.

        ## Où faire le recours
        - Auprès d'une autorité supérieure : le service ou le responsable au-dessus de celui qui a décidé.
        - Ou devant un tribunal.

        L'autorité supérieure doit décider dans les 10 jours après avoir reçu votre recours (KoAP, art. 826-3, selon les informations signalées).

        En tant qu'étranger, vous pouvez vous adresser aux tribunaux et aux organes de l'État avec les mêmes droits de procédure qu'un citoyen (loi « Sur le statut juridique des étrangers », art. 18).

        ## Vos droits pendant le recours
        - Vous pouvez avoir un défenseur (un avocat).
        - Vous pouvez utiliser votre langue maternelle. Si vous ne connaissez pas la langue de la procédure, ou si vous ne la connaissez pas assez bien, vous pouvez avoir un interprète **gratuitement** (KoAP, art. 738 et 744).
        - Vous pouvez présenter des preuves.

        ## Que faire maintenant
        1. Notez la date à laquelle vous avez reçu la décision.
        2. Écrivez votre recours : quelle décision, et pourquoi vous n'êtes pas d'accord.
        3. Joignez des copies de vos preuves, par exemple des reçus ou des papiers.
        4. Déposez-le avant la fin des 10 jours. Gardez une copie de tout ce que vous déposez.

        > [!WARNING]
        > Vous avez dépassé les 10 jours ? Vous pouvez demander le rétablissement du délai. Écrivez une requête, déposez-la avec votre recours, et joignez la preuve de votre raison valable, par exemple un certificat médical si vous étiez malade. Le délai n'est rétabli que pour une raison valable. L'article du Code sur ce point n'est pas confirmé.

        Lisez aussi [vos droits lors d'un procès-verbal](article:kz-protocol-rights), [comment déposer une demande écrite](article:kz-written-appeal), [les délais liés aux amendes](article:kz-fine-deadline) et [payer une amende](article:kz-paying-fines).
