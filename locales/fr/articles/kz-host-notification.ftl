article-kz-host-notification =
    .title = Votre hôte doit déclarer votre séjour sous 3 jours ouvrables
    .summary = Quand vous arrivez pour un séjour temporaire, votre propriétaire, votre hôtel ou votre employeur doit prévenir la police dans les 3 jours ouvrables.
    .body =
        ## Qui doit le faire
        Quand un étranger arrive pour un séjour temporaire, c'est l'**hôte** qui doit prévenir la police. L'hôte, c'est :

        - votre propriétaire,
        - votre hôtel, ou
        - votre employeur.

        Le délai est de **3 jours ouvrables** après votre arrivée. L'hôte peut le faire en ligne, sur [vmp.gov.kz](https://vmp.gov.kz) ou [eqonaq.kz](https://eqonaq.kz), ou sur papier.

        > [!NOTE]
        > Depuis une loi du 27 décembre 2019, les étrangers qui arrivent ne s'enregistrent plus eux-mêmes. L'obligation est pour l'hôte. Mais c'est votre séjour : vérifiez que c'est fait.

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
        3. Gardez le nom et l'adresse de votre hôte avec vos papiers.
        4. Notez vous-même la date de votre arrivée.

        Voir aussi [le séjour sans visa](article:kz-visa-free-stay) et [la liberté de circulation](article:kz-freedom-of-movement).
