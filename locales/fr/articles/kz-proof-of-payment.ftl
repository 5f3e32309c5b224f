article-kz-proof-of-payment =
    .title = « Aucune trace » d'une amende payée : gardez votre preuve
    .summary = Payez vos amendes uniquement par les voies officielles et gardez chaque reçu pendant des années. Si un bureau dit n'avoir aucune trace de votre paiement, le reçu est votre preuve.
    .keywords = amende déjà payée, payer deux fois, double paiement, justificatif, quittance, preuve de paiement, photo du reçu, confirmation de paiement, introuvable, renouvellement bloqué, amende pas enregistrée, déjà payé, reçu refusé, payer encore, preuve que j'ai payé, amende réapparue
    .body =
        ## Une histoire vraie
        Idrissa Traore, venu du Mali, a obtenu la résidence permanente au Kazakhstan en 2004. En 2007, il a reçu une amende de 100 dollars américains parce qu'il vivait et travaillait à Astana au lieu d'Almaty. Il dit l'avoir payée. La police des migrations a dit n'en avoir aucune trace.

        En 2009, le renouvellement de ses papiers de séjour a été bloqué jusqu'à ce qu'il « paie » de nouveau l'amende. Pendant l'attente, il ne pouvait pas travailler, et son passeport était au service des migrations.

        ## Pourquoi c'est important
        - Une amende dont vous ne pouvez pas prouver le paiement peut bloquer le renouvellement de vos documents.
        - Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision.

        ## Payez uniquement par les voies officielles
        - Payez par la **passerelle de paiement d'egov.kz**. La commission est de 100 KZT.
        - Ne donnez jamais d'argent liquide à un policier ou à un agent. Voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        > [!WARNING]
        > Gardez chaque reçu (en russe : квитанция) pendant des **années**, pas des semaines. Dans l'histoire ci-dessus, l'amende datait de 2007, et le problème est arrivé en 2009.

        ## Que faire maintenant
        1. Dès que vous avez payé, prenez le reçu en photo. Enregistrez la photo dans le coffre de l'application, avec la date et le montant.
        2. Gardez le reçu papier avec la décision (en russe : постановление) sur l'amende. Gardez une deuxième copie dans un autre endroit sûr.
        3. Emportez des copies de vos reçus quand vous allez au service des migrations.
        4. Si un bureau dit qu'il n'a aucune trace, montrez le reçu. Demandez-lui d'écrire qu'il n'a aucune trace.
        5. Si on vous demande encore de payer une seconde fois, déposez une demande écrite avec une copie du reçu, et gardez le récépissé : voir [déposer une demande écrite](article:kz-written-appeal).
        6. Si cela ne suffit pas, plaignez-vous au parquet : voir [se plaindre au parquet](article:kz-prosecutor-complaint).

        Voir aussi [payer une amende en sécurité](article:kz-paying-fines).
