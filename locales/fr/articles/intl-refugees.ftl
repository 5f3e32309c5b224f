article-intl-refugees =
    .title = Les réfugiés : la Convention relative au statut des réfugiés et le HCR
    .summary = Le Kazakhstan a adhéré à la Convention relative au statut des réfugiés en 1999. Le HCR, l'agence des Nations unies pour les réfugiés, travaille au Kazakhstan depuis 1995 ; en 2020, son bureau régional pour l'Asie centrale était à Almaty.
    .keywords = asile, demandeur d'asile, statut de réfugié, UNHCR, fuir mon pays, persécution, apatride, Sana Sezim, Croissant-Rouge, KIBHR, peur de rentrer, réfugié, Convention de Genève, réfugié politique, personne déplacée, exil, sans nationalité
    .body =
        ## La Convention relative au statut des réfugiés
        La Convention relative au statut des réfugiés est le principal traité international qui protège les réfugiés. Le Kazakhstan a décidé d'y adhérer, ainsi qu'à son Protocole de 1967, par une loi du 15 décembre 1998. Il y a **adhéré** (il les a rejoints) le **15 janvier 1999**.

        ## Le HCR au Kazakhstan
        - Le HCR, l'agence des Nations unies pour les réfugiés, travaille au Kazakhstan depuis **1995**.
        - En 2020, sa **représentation régionale pour l'Asie centrale** était à **Almaty**, selon le site web du HCR.
        - Le HCR a mené un programme d'aide juridique au Kazakhstan.

        ## Les partenaires du HCR, selon la liste du HCR de 2015
        - **Le KIBHR** (Bureau international kazakhstanais pour les droits de l'homme et le respect de la légalité) : conseils juridiques et représentation en justice ;
        - **Sana Sezim** : aide juridique aux personnes apatrides ;
        - **Le Croissant-Rouge** : aide sociale et médicale ;
        - **L'Association internationale pour les projets sociaux** : éducation et aide pour devenir autonome.

        > [!NOTE]
        > Cette liste de partenaires vient d'une fiche d'information du HCR datée de décembre 2015. Vérifiez qu'elle est toujours à jour.

        ## Si vous avez dû fuir votre pays
        Si vous avez fui votre pays et que vous avez peur d'y retourner, demandez une aide juridique le plus tôt possible. Dites à votre avocat pourquoi vous avez peur d'y retourner.

        ## Que faire maintenant
        1. Contactez le HCR ou l'un de ses partenaires. Vous les trouverez dans l'application, sous « Où trouver de l'aide ». Voir aussi [l'aide juridique](article:kz-legal-aid).
        2. Si vous n'avez la nationalité d'aucun pays, demandez une aide juridique à Sana Sezim.
        3. Gardez des copies de tous vos documents : voir [gardez des copies de chaque document](article:intl-keep-copies).
        4. Si vous êtes détenu, vous avez des droits : voir [vos droits si vous êtes détenu](article:kz-detention-rights).
