article-kz-labour-immigrant-permit =
    .title = Citoyens de l'Ouzbékistan et du Tadjikistan : le permis de travailleur immigrant
    .summary = Les citoyens de l'Ouzbékistan et du Tadjikistan peuvent travailler pour des particuliers avec un permis de travailleur immigrant. Ce permis n'est pas un permis de séjour : pour rester plus de 30 jours, il vous faut un permis de séjour temporaire. Le prix actuel n'est pas confirmé.
    .keywords = Ouzbek, Tadjik, permis de travail, travail domestique, employé de maison, travailler pour un particulier, enbek, prix du permis, 12 mois, autorisation de travail, patente, nounou, femme de ménage, aide ménagère, chauffeur, travailleur ouzbek, travailleur tadjik
    .unverified = Non confirmé : le prix actuel du permis de travailleur immigrant (il est maintenant fixé « conformément au Code des impôts », et nous n'avons pas lu le montant) ; la durée de 12 mois au plus, qui vient d'informations sur les changements de 2025, pas du texte de l'arrêté ; et l'article de la loi « Sur la migration de la population » selon lequel un séjour de plus de 30 jours exige un permis de séjour temporaire obtenu sur la base de ce permis.
    .body =
        ## Pour qui est cet article
        Cet article est pour les citoyens de l'**Ouzbékistan** et du **Tadjikistan** qui veulent travailler pour des **particuliers** (des personnes privées).

        ## Le permis
        La loi « Sur la migration de la population » (art. 43-2) vous permet de travailler pour des particuliers avec un **permis de travailleur immigrant** (son nom officiel : « permis délivré à un travailleur immigrant »). Les détails sont fixés par l'arrêté n° 123 du ministère du Travail et de la Protection sociale du 15 avril 2022.

        Depuis les changements de 2025, il est signalé que le permis est délivré pour **12 mois au plus**, par egov.kz et migration.enbek.kz. Le prix a changé avec le temps, et nous n'avons pas confirmé le montant actuel.

        ## Votre séjour
        Le permis de travailleur immigrant vous permet de travailler. Ce n'est **pas** un permis de séjour.

        - Sans visa, vous pouvez rester **30 jours** au plus pour chaque entrée, et **90 jours** au plus sur toute période de **180 jours**. Voir [le séjour sans visa](article:kz-visa-free-stay).
        - Pour rester **plus de 30 jours**, il vous faut un **permis de séjour temporaire**. Le permis de travailleur immigrant est l'un des papiers que vous déposez pour l'obtenir (gov.kz).

        > [!WARNING]
        > Payez le prix du permis uniquement par les voies officielles, et gardez le reçu. Ne donnez jamais d'argent liquide à un agent. Si quelqu'un vous demande un pot-de-vin, appelez le **1424**, la ligne anticorruption gratuite.

        ## Que faire maintenant
        1. Avant de commencer à travailler, vérifiez le prix actuel. Demandez à la police des migrations, et demandez quel acte juridique le fixe.
        2. Payez uniquement par les voies officielles. Gardez chaque reçu, et enregistrez-en une photo dans le coffre de l'application.
        3. Si vous restez plus de 30 jours, demandez un permis de séjour temporaire avant le 30e jour : voir [le permis de séjour temporaire](article:kz-temporary-residence-work).
        4. Gardez une copie de vos permis. Notez leur date de fin et mettez un rappel.
        5. Vérifiez que votre hôte a déclaré votre séjour, et demandez si vous devez aussi vous enregistrer vous-même au plus tard le 30e jour : voir [la déclaration par l'hôte](article:kz-host-notification).
        6. Si on vous demande des papiers qu'aucune loi n'exige, voir [que faire dans ce cas](article:kz-extra-papers). Si votre employeur garde votre passeport, lisez [quand quelqu'un garde votre passeport](article:kz-passport-confiscation).
