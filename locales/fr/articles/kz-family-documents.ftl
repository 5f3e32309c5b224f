article-kz-family-documents =
    .title = Les documents de votre famille
    .summary = Chaque membre de votre famille a ses propres documents et ses propres dates. Tenez un dossier séparé pour chaque personne, et gardez des copies de chaque papier.
    .keywords = enfants, enfant, épouse, mari, conjoint, acte de naissance, papiers des enfants, carte de séjour enfant, 16 ans, personnes à charge, date d'expiration, proches, fils, fille, bébé, ma femme, livret de famille, extrait de naissance, mineur
    .unverified = Les sources de cet article ne couvrent pas les règles sur les documents des enfants ni sur les permis des membres de la famille. Seul l'âge de 16 ans pour la carte de séjour vient des règles sur la résidence permanente. Demandez à la police des migrations quels papiers il faut pour chaque membre de la famille.
    .body =
        ## Chaque personne a ses propres papiers
        Chaque membre de votre famille a son propre passeport et ses propres dates : quand un document a été délivré et quand il expire. Suivez-les un par un.

        Dans le coffre de l'application, vous pouvez tenir un dossier séparé pour chaque personne. Rangez les documents et les reçus de chacun sous son propre nom.

        ## Les enfants et la carte de séjour
        Pour la résidence permanente, la **carte de séjour** (en russe : вид на жительство иностранца) est délivrée à partir de **16 ans**. Avant que votre enfant ait 16 ans, demandez à la police des migrations (en russe : миграционная полиция) quels papiers il lui faudra.

        ## Ce que nous ne savons pas encore
        Nous n'avons pas confirmé les règles sur les documents des enfants de moins de 16 ans, ni sur les permis des membres de la famille. Ne vous fiez pas à ce qu'un ami a fait : les règles changent. Demandez au bureau, et demandez quel acte juridique s'applique.

        > [!TIP]
        > Faites des copies des documents de chaque membre de la famille. Gardez les copies papier dans un seul endroit sûr, et les photos dans le coffre de l'application. Si un document est perdu ou gardé par un bureau, la copie vous aide.

        ## Que faire maintenant
        1. Dans le coffre de l'application, ajoutez chaque membre de la famille comme une personne séparée.
        2. Photographiez le passeport, le permis ou la carte de séjour de chaque personne, et d'autres papiers importants, comme les actes de naissance.
        3. Notez chaque date d'expiration, et mettez des rappels bien avant.
        4. Vérifiez que votre hôte a déclaré le séjour de chaque membre de la famille : voir [la déclaration par l'hôte](article:kz-host-notification).
        5. Rangez les reçus des frais et des amendes de chaque personne sous le nom de cette personne.
        6. Si un bureau vous demande un papier qui, selon vous, n'est exigé par aucune loi, voir [que faire dans ce cas](article:kz-extra-papers).

        Voir aussi [gardez des copies de chaque document](article:intl-keep-copies) et [la résidence permanente](article:kz-permanent-residence).
