article-kz-permanent-residence =
    .title = Résidence permanente : l'autorisation et la carte
    .summary = La résidence permanente se fait en deux étapes : d'abord l'autorisation de résidence permanente, puis la carte de séjour.
    .keywords = titre de séjour, carte de résident, résident permanent, installation définitive, immigration, s'installer au Kazakhstan, casier judiciaire, autobiographie, accord du propriétaire, notaire, immigrer, vivre définitivement, s'établir, long séjour, visa d'établissement
    .unverified = Les listes officielles demandent une copie du passeport et l'original « pour vérification ». Aucun texte que nous avons lu ne dit que l'original est rendu tout de suite, ni si un bureau peut le garder pendant le traitement de votre demande.
    .body =
        ## Deux étapes
        1. **L'autorisation de résidence permanente** (разрешение на ПМЖ).
        2. **La carte de séjour** (вид на жительство иностранца). Elle est délivrée à partir de 16 ans.

        Pendant l'examen de votre demande, vous pouvez rester avec un visa ou un permis temporaire de 90 jours au plus (loi « Sur la migration de la population », art. 7).

        ## Papiers pour l'autorisation
        Les documents comprennent :
        - un passeport valable plus de 180 jours ;
        - l'accord de votre pays d'origine pour votre émigration ;
        - une autobiographie (le récit de votre vie) ;
        - la preuve que vous pouvez subvenir à vos besoins ;
        - un certificat de casier judiciaire ;
        - l'accord pour le logement. Depuis février 2023, le propriétaire du logement vient en personne ou donne un accord signé chez un notaire.

        > [!NOTE]
        > Les listes officielles demandent une copie de votre passeport et l'original « pour vérification ». Elles ne disent pas si l'original est rendu tout de suite. Demandez qu'on le vérifie, qu'on verse la copie au dossier et qu'on vous le rende. S'il est gardé, demandez l'acte juridique et une attestation écrite. Montrez la fiche « Vérifiez mon passeport original et rendez-le-moi, s'il vous plaît ».

        ## Papiers pour la carte
        - le reçu de la taxe d'État ;
        - 2 photos ;
        - votre passeport valide.

        Quand vous déposez les papiers, vous recevez un **récépissé détachable**. La carte est prête en **7 jours ouvrables** (procédure rapide) ou **17 jours ouvrables** (procédure normale).

        ## Que faire maintenant
        - Faites une copie de chaque papier avant de le déposer.
        - Gardez tous les reçus, et gardez le récépissé détachable jusqu'à ce que vous ayez votre carte.
        - Si un agent demande un papier qui n'est pas sur ces listes, voir [les papiers exigés par la loi](article:kz-required-documents).
        - Après un déménagement, enregistrez votre adresse : voir [enregistrer votre adresse](article:kz-address-registration).
        - Avant la fin de votre carte, lisez [renouveler votre carte de séjour](article:kz-residence-card-renewal).
