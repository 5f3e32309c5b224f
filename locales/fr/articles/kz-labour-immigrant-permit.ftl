article-kz-labour-immigrant-permit =
    .title = Citoyens de l'Ouzbékistan et du Tadjikistan : le permis de travailleur immigrant
    .summary = Les citoyens de l'Ouzbékistan et du Tadjikistan peuvent travailler pour des particuliers avec un permis de travailleur immigrant. Le prix actuel et la durée du permis ne sont pas confirmés.
    .unverified = Le prix actuel du permis de travailleur immigrant et sa durée de validité ne sont pas confirmés : les deux ont changé avec le temps.
    .body =
        ## Pour qui est cet article
        Cet article est pour les citoyens de l'**Ouzbékistan** et du **Tadjikistan** qui veulent travailler pour des **particuliers** (des personnes privées).

        ## Le permis
        La loi « Sur la migration de la population » (art. 43-2) vous permet de travailler pour des particuliers avec un **permis de travailleur immigrant** (son nom officiel : « permis délivré à un travailleur immigrant », en russe : разрешение трудовому иммигранту). Les détails sont fixés par l'arrêté n° 123 du ministère du Travail et de la Protection sociale de la population du 15 avril 2022.

        Le prix et les conditions du permis ont changé avec le temps. Nous n'avons pas confirmé le prix actuel ni la durée du permis.

        ## Votre séjour
        Les citoyens de l'Ouzbékistan et du Tadjikistan suivent la règle 30/90/180 : **30 jours** au plus pour chaque entrée, et **90 jours** au plus sur toute période de **180 jours**. Voir [le séjour sans visa](article:kz-visa-free-stay).

        > [!WARNING]
        > Payez le prix du permis uniquement par les voies officielles, et gardez le reçu. Ne donnez jamais d'argent liquide à un agent. Si quelqu'un vous demande un pot-de-vin, appelez le **1424**, la ligne anticorruption gratuite.

        ## Que faire maintenant
        1. Avant de commencer à travailler, vérifiez le prix actuel et la durée du permis. Demandez à la police des migrations (en russe : миграционная полиция), et demandez quel acte juridique les fixe.
        2. Payez uniquement par les voies officielles. Gardez chaque reçu, et enregistrez-en une photo dans le coffre de l'application.
        3. Gardez une copie de votre permis. Notez sa date de fin et mettez un rappel.
        4. Vérifiez que votre hôte a déclaré votre séjour : voir [la déclaration par l'hôte](article:kz-host-notification).
        5. Si on vous demande des papiers qu'aucune loi n'exige, voir [que faire dans ce cas](article:kz-extra-papers).
        6. Si votre employeur garde votre passeport, lisez [quand quelqu'un garde votre passeport](article:kz-passport-confiscation).
