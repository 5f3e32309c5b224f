article-intl-regional-treaties =
    .title = Les traités régionaux sur les migrants
    .summary = Des traités entre pays de la CEI portent sur les travailleurs migrants et les résidents permanents, et les tribunaux du Kazakhstan ont pour instruction de les appliquer. L'adhésion du Kazakhstan à la convention de l'ONU sur les travailleurs migrants n'est pas confirmée.
    .keywords = CEI, Communauté des États indépendants, convention de la CEI, convention de Chisinau, ICRMW, convention travailleurs migrants, traité de 1998, accord international, traité, Cour suprême, ex-URSS, pays post-soviétiques, Union soviétique, droits des travailleurs migrants, familles des migrants, accord régional
    .unverified = Le Kazakhstan n'était pas partie à la Convention internationale des Nations unies sur la protection des droits de tous les travailleurs migrants et des membres de leur famille (ICRMW) en décembre 2019. Une copie de la liste des États parties de la Collection des traités de l'ONU, lue le 6 décembre 2026, ne cite pas le Kazakhstan, mais la date de cette copie n'est pas indiquée : la situation actuelle n'est donc pas confirmée.
    .body =
        ## Les traités de la CEI
        - **La Convention de la CEI sur les travailleurs migrants**, signée à Chisinau le 14 novembre 2008.
        - **Le Traité de 1998 sur le statut juridique des résidents permanents**, entre la Biélorussie, le Kazakhstan, le Kirghizistan et la Russie.

        ## Les tribunaux doivent les appliquer
        La Cour suprême du Kazakhstan a demandé aux tribunaux d'appliquer ces traités (résolution normative n° 4 de 2013).

        > [!TIP]
        > Si vous êtes citoyen de Biélorussie, du Kirghizistan ou de Russie et que vous vivez de façon permanente au Kazakhstan, parlez du Traité de 1998 à votre avocat. Si vous êtes un travailleur migrant venu d'un pays de la CEI, parlez de la Convention de 2008 à votre avocat.

        ## La convention de l'ONU sur les travailleurs migrants
        L'ONU a une convention sur les droits de tous les travailleurs migrants et des membres de leur famille (ICRMW). En décembre 2019, le Kazakhstan n'y était **pas partie**. Une copie de la liste des États parties de l'ONU que nous avons lue ne cite pas non plus le Kazakhstan, mais nous n'avons pas pu voir la date de cette copie.

        ## Que faire maintenant
        1. Dans une affaire en justice, demandez à votre défenseur si l'un de ces traités peut vous aider.
        2. Utilisez d'abord vos droits selon la loi du Kazakhstan : voir [les travailleurs des pays de l'UEE](article:kz-eaeu-workers) et [la résidence permanente](article:kz-permanent-residence).
        3. Pour une aide juridique, voir [l'aide juridique](article:kz-legal-aid).
