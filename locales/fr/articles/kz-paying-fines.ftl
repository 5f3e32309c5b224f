article-kz-paying-fines =
    .title = Payer une amende en sécurité et garder la preuve
    .summary = Payez une amende uniquement par les voies officielles, comme la passerelle de paiement d'egov.kz, et gardez chaque reçu.
    .keywords = shtraf, payer en ligne, paiement en ligne, montant de l'amende, combien coûte l'amende, MRP, tenge, quittance, application bancaire, PV, frais de paiement, moyen de paiement, où payer l'amende, Kaspi, payer par carte, payer à la banque, payer le PV
    .unverified = Les 30 jours (KoAP, art. 893, partie 1) sont signalés par la police et par des avocats ; nous ne les avons pas lus dans le texte officiel. Non confirmé : le jour où une décision entre en vigueur ; si les 7 jours pour payer la moitié sont des jours calendaires ou des jours ouvrables (egov.kz parle de jours ouvrables, la police de jours entiers : comptez des jours calendaires, ce qui donne la date la plus tôt) ; et si le paiement de la moitié est possible pour les infractions liées au séjour et à l'enregistrement.
    .body =
        ## Payez uniquement par les voies officielles
        - Vous pouvez payer par la passerelle de paiement d'egov.kz. La commission est de 100 KZT.
        - Ne donnez jamais d'argent liquide à un policier ou à un agent. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        ## Les délais, du plus court au plus long
        - **7 jours : la moitié de l'amende.** Dans certains cas, vous pouvez payer **50 %** de l'amende dans les **7 jours** à partir du procès-verbal (KoAP, art. 810–811) : seulement si la sanction est une amende seule, si vous reconnaissez l'infraction et si vous ne contestez pas les preuves. Comptez en jours calendaires. Payer la moitié veut dire que vous acceptez l'infraction.
        - **10 jours : le recours.** Si vous pensez que l'amende est injuste, faites un recours dans les 10 jours après avoir reçu une copie de la décision.
        - **30 jours : payer la totalité.** Payez au plus tard **30 jours** après l'entrée en vigueur de la décision (KoAP, art. 893, partie 1). Par prudence, comptez à partir du jour où vous avez reçu la décision.

        Voir [les délais liés aux amendes](article:kz-fine-deadline).

        ## Les amendes sont comptées en MRP
        La loi fixe beaucoup d'amendes en MRP (l'indice mensuel de calcul). En 2026, 1 MRP vaut 4 325 KZT. En 2025, il valait 3 932 KZT. Une amende de 10 MRP fait donc 43 250 KZT en 2026.

        ## Si vous ne pouvez pas payer tout de suite
        Vous pouvez demander un report de 1 mois au plus, ou un paiement échelonné sur 3 mois au plus (KoAP, art. 888).

        ## Gardez chaque reçu
        Un homme venu du Mali, résident permanent, a reçu une amende en 2007. Il dit l'avoir payée. Plus tard, la police des migrations a dit n'en avoir aucune trace. Elle ne voulait pas terminer le renouvellement de ses papiers de séjour s'il ne payait pas une seconde fois.

        Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision.

        > [!WARNING]
        > Une amende dont vous ne pouvez pas prouver le paiement peut causer des problèmes plus tard : au renouvellement de vos documents ou dans une affaire d'expulsion.

        ## Que faire maintenant
        1. Notez le jour où vous avez reçu la décision. Payez à temps, par une voie officielle, comme la passerelle de paiement d'egov.kz.
        2. Gardez le reçu. Imprimez-le, ou gardez-en une photo dans un deuxième endroit sûr.
        3. Gardez la décision et le reçu ensemble.
        4. Emportez-en des copies quand vous allez au service des migrations.
        5. Si un service dit qu'il n'y a aucune trace de votre paiement, montrez le reçu. S'il refuse encore, plaignez-vous par écrit : voir [comment déposer une demande écrite](article:kz-written-appeal).

        Vous pensez que l'amende est injuste ? Lisez [comment contester une amende](article:kz-appeal-fine).
