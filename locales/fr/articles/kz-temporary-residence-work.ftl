article-kz-temporary-residence-work =
    .title = Travailler au Kazakhstan : le permis de séjour temporaire
    .summary = Pour rester plus de 30 jours afin de travailler, il vous faut un permis de séjour temporaire. Il suit votre contrat de travail, dure 1 an au plus et doit être refait dans les 15 jours si vous changez d'emploi.
    .body =
        ## Quand il vous le faut
        Pour rester au Kazakhstan plus de **30 jours** afin de travailler ou d'étudier, il vous faut un **permis de séjour temporaire** (en russe : разрешение на временное проживание).

        ## Comment il fonctionne pour un emploi
        - Le permis est lié à votre contrat de travail.
        - Il est délivré pour la durée du contrat, **1 an au plus**.
        - Si vous changez d'emploi, le permis doit être **refait dans les 15 jours**.

        > [!WARNING]
        > Les 15 jours commencent quand vous changez d'emploi. N'attendez pas la fin de votre ancien permis.

        ## Votre hôte déclare toujours votre séjour
        Les étrangers qui arrivent ne s'enregistrent plus eux-mêmes. Votre hôte (propriétaire, hôtel ou employeur) doit prévenir la police dans les **3 jours ouvrables** après votre arrivée. Voir [la déclaration par l'hôte](article:kz-host-notification).

        ## D'autres règles pour certains citoyens
        - Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie n'ont pas besoin de permis de travail : voir [les travailleurs des pays de l'UEE](article:kz-eaeu-workers).
        - Les citoyens de l'Ouzbékistan et du Tadjikistan qui travaillent pour des particuliers : voir [le permis de travailleur immigrant](article:kz-labour-immigrant-permit).

        ## Que faire maintenant
        1. Gardez une copie de votre contrat de travail et de votre permis. Prenez-les en photo et enregistrez les photos dans le coffre de l'application.
        2. Notez la date de fin de votre contrat et la date de fin de votre permis. Mettez un rappel bien avant.
        3. Si vous changez d'emploi, notez la date. Demandez tout de suite au bureau qui a délivré votre permis comment le faire refaire.
        4. Vérifiez que votre hôte a déclaré votre séjour.
        5. Si un agent vous demande un papier qui, selon vous, n'est exigé par aucune loi, voir [que faire dans ce cas](article:kz-extra-papers).

        Voir aussi [le séjour sans visa](article:kz-visa-free-stay) et [le dépassement de la durée de séjour](article:kz-overstay).
