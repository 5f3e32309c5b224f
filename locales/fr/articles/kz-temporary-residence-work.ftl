article-kz-temporary-residence-work =
    .title = Travailler au Kazakhstan : le permis de séjour temporaire
    .summary = Pour rester plus de 30 jours afin de travailler, il vous faut un permis de séjour temporaire. Il suit votre contrat de travail, dure 1 an au plus et doit être délivré de nouveau dans les 15 jours si vous changez d'emploi.
    .keywords = titre de séjour, permis de travail, visa de travail, autorisation de travail, nouvel employeur, changement d'emploi, nouveau travail, renouveler le permis, changer de patron, embauche, perdu mon emploi, fin de contrat, démission, rester pour travailler, carte de travail
    .unverified = Les 15 jours viennent de gov.kz (situations/572), qui ne dit pas s'il s'agit de jours calendaires ou de jours ouvrables et ne cite pas l'acte juridique. Comptez des jours calendaires : cela donne la date la plus tôt. La nouvelle règle d'enregistrement du 1er juillet 2026 (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025) est connue par des médias et un cabinet d'avocats, pas par le texte de l'arrêté.
    .body =
        ## Quand il vous le faut
        Pour rester au Kazakhstan plus de **30 jours** afin de travailler ou d'étudier, il vous faut un **permis de séjour temporaire**.

        ## Comment il fonctionne pour un emploi
        - Le permis est lié à votre contrat de travail.
        - Il est délivré pour la durée du contrat, **1 an au plus**.
        - Si vous changez d'emploi, le permis doit être **délivré de nouveau dans les 15 jours** (gov.kz). Il n'est pas dit s'il s'agit de jours calendaires ou de jours ouvrables : par prudence, comptez des jours calendaires.

        > [!WARNING]
        > Les 15 jours commencent quand vous changez d'emploi. N'attendez pas la fin de votre ancien permis.

        ## L'enregistrement de votre séjour
        Votre hôte (propriétaire, hôtel ou employeur) doit prévenir la police dans les **3 jours ouvrables** après votre arrivée. Depuis le 1er juillet 2026, une nouvelle règle est signalée (non confirmée) : elle pourrait aussi vous obliger à vous enregistrer vous-même en ligne au plus tard le **30e jour calendaire** après le passage de la frontière. Renseignez-vous auprès de la police des migrations. Voir [la déclaration par l'hôte](article:kz-host-notification).

        ## D'autres règles pour certains citoyens
        - Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie n'ont pas besoin de permis de travail : voir [les travailleurs des pays de l'UEE](article:kz-eaeu-workers).
        - Les citoyens de l'Ouzbékistan et du Tadjikistan qui travaillent pour des particuliers : voir [le permis de travailleur immigrant](article:kz-labour-immigrant-permit).

        ## Que faire maintenant
        1. Gardez une copie de votre contrat de travail et de votre permis. Prenez-les en photo et enregistrez les photos dans le coffre de l'application.
        2. Notez la date de fin de votre contrat et la date de fin de votre permis. Mettez un rappel bien avant.
        3. Si vous changez d'emploi, notez la date. Demandez tout de suite au bureau qui a délivré votre permis comment le faire délivrer de nouveau.
        4. Vérifiez que votre hôte a déclaré votre séjour, et demandez si vous devez aussi vous enregistrer vous-même.
        5. Si un agent vous demande un papier qui, selon vous, n'est exigé par aucune loi, voir [que faire dans ce cas](article:kz-extra-papers).

        Voir aussi [le séjour sans visa](article:kz-visa-free-stay) et [le dépassement de la durée de séjour](article:kz-overstay).
