article-kz-host-notification =
    .title = Votre hôte doit déclarer votre séjour sous 3 jours ouvrables
    .summary = Quand vous arrivez pour un séjour temporaire, votre propriétaire, votre hôtel ou votre employeur doit prévenir la police dans les 3 jours ouvrables. Depuis le 1er juillet 2026, une nouvelle règle est signalée : elle pourrait aussi vous obliger à vous enregistrer vous-même en ligne au plus tard le 30e jour : vérifiez.
    .keywords = propiska, OVIR, déclaration d'arrivée, enregistrement migratoire, logeur, bailleur, fiche de police, Airbnb, auto-enregistrement, enregistrement en ligne, eQonaq, amende pour l'hôte, tuteur, hébergeur, déclaration de séjour, propriétaire n'a pas déclaré, enregistrement à l'hôtel
    .unverified = La nouvelle règle d'enregistrement (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025, « Règles d'enregistrement des immigrants », signalé comme en vigueur depuis le 1er juillet 2026) est connue par des médias et un cabinet d'avocats ; nous n'avons pas lu l'arrêté. Il n'est pas confirmé que la déclaration par l'hôte dans les 3 jours ouvrables s'applique toujours de la même façon à côté de cette règle.
    .body =
        ## Qui doit le faire
        Quand un étranger arrive pour un séjour temporaire, l'**hôte** doit prévenir la police. L'hôte, c'est :

        - votre propriétaire,
        - votre hôtel, ou
        - votre employeur.

        Le délai est de **3 jours ouvrables** après votre arrivée. L'hôte peut le faire en ligne, sur [vmp.gov.kz](https://vmp.gov.kz) ou [eqonaq.kz](https://eqonaq.kz), ou sur papier.

        > [!WARNING]
        > Une nouvelle règle peut aussi s'appliquer à **vous**. Depuis le 1er juillet 2026, un nouvel arrêté du ministre de l'Intérieur (n° 923 du 17 novembre 2025) obligerait, selon les informations signalées, les personnes des pays dont les citoyens peuvent rester jusqu'à 90 jours à s'enregistrer elles-mêmes en ligne auprès de la police **au plus tard le 30e jour calendaire** après le passage de la frontière, sauf si un traité prévoit autre chose. Votre hôte le confirme ensuite dans une application mobile. Si vous changez d'adresse, vous vous enregistrez de nouveau dans les **5 jours ouvrables**. Nous n'avons pas lu l'arrêté lui-même : renseignez-vous auprès de la police des migrations avant le 30e jour. Ne comptez pas seulement sur votre hôte.

        ## Rester plus longtemps
        Pour rester plus de 30 jours afin de travailler ou d'étudier, il faut un permis de séjour temporaire. Les résidents permanents enregistrent leur adresse autrement : voir [l'enregistrement de l'adresse](article:kz-address-registration).

        ## Amendes pour les hôtes
        Un hôte qui ne prévient pas la police peut être sanctionné selon l'article 518 du Code des infractions administratives :

        - un particulier : un avertissement ;
        - une petite entreprise : 10 MRP ;
        - une moyenne entreprise : 15 MRP ;
        - une grande entreprise : 20 MRP.

        > [!WARNING]
        > Circuler librement et s'enregistrer sont deux choses différentes. Vous pouvez choisir où vous loger, dans le cadre de la loi, mais votre séjour doit quand même être enregistré.

        ## Que faire maintenant
        1. Le jour de votre arrivée, rappelez à votre hôte que la police doit être prévenue dans les 3 jours ouvrables.
        2. Demandez-lui de vous dire quand c'est fait.
        3. Avant le 30e jour, demandez à la police des migrations si vous devez aussi vous enregistrer vous-même en ligne, et comment.
        4. Gardez le nom et l'adresse de votre hôte avec vos papiers.
        5. Notez vous-même la date de votre arrivée.

        Voir aussi [le séjour sans visa](article:kz-visa-free-stay) et [la liberté de circulation](article:kz-freedom-of-movement).
