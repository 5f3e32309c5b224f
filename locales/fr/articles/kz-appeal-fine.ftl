article-kz-appeal-fine =
    .title = Contester une amende : vous avez 10 jours
    .summary = Vous pouvez contester une décision d'amende dans les 10 jours suivant la réception de sa copie, auprès d'une autorité supérieure ou d'un tribunal.
    .unverified = Le numéro exact de l'article sur le recours (indiqué comme l'article 829-4 du KoAP) n'est pas encore confirmé.
    .body =
        ## Le délai : 10 jours
        Vous pouvez faire un recours dans les **10 jours** à partir du jour où vous avez _reçu une copie_ de la décision (en russe : постановление). Comptez à partir du jour où vous avez reçu la copie.

        ## Où faire le recours
        - Auprès d'une autorité supérieure : le service ou le responsable au-dessus de celui qui a décidé.
        - Ou devant un tribunal.

        L'autorité supérieure doit décider dans les 10 jours (KoAP, article 826-3).

        En tant qu'étranger, vous pouvez vous adresser aux tribunaux et aux organes de l'État avec les mêmes droits de procédure qu'un citoyen (loi « Sur le statut juridique des étrangers », art. 18).

        ## Vos droits pendant le recours
        - Vous pouvez avoir un défenseur (un avocat).
        - Vous pouvez utiliser votre langue maternelle et avoir un interprète **gratuitement**.
        - Vous pouvez présenter des preuves.

        ## Que faire maintenant
        1. Notez la date à laquelle vous avez reçu la décision.
        2. Écrivez votre recours : quelle décision, et pourquoi vous n'êtes pas d'accord.
        3. Joignez des copies de vos preuves, par exemple des reçus ou des papiers.
        4. Déposez-le avant la fin des 10 jours. Gardez une copie de tout ce que vous déposez.

        > [!WARNING]
        > Vous avez dépassé les 10 jours ? Vous pouvez demander le rétablissement du délai. Écrivez une requête et expliquez votre raison valable. Le délai n'est rétabli que pour une raison valable.

        Lisez aussi [vos droits lors d'un procès-verbal](article:kz-protocol-rights), [comment déposer une demande écrite](article:kz-written-appeal) et [payer une amende](article:kz-paying-fines).
