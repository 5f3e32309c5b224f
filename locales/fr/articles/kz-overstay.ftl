article-kz-overstay =
    .title = Dépassement de la durée de séjour : ce qui se passe si vous restez trop longtemps
    .summary = Rester jusqu'à 3 jours de trop entraîne un avertissement, et de 3 à 5 jours de trop une amende de 10 MRP. Les sanctions pour un dépassement plus long ne sont pas confirmées.
    .keywords = sans-papiers, visa expiré, séjour irrégulier, situation irrégulière, clandestin, dépassement de visa, séjour dépassé, rester illégalement, overstay, illégal, risque d'expulsion, visa fini, visa terminé, plus de 90 jours, pas sorti à temps, oublié de partir, séjour expiré
    .unverified = Non confirmé : les parties 1 et 2 de l'article 517 du Code des infractions administratives, et les sanctions pour un séjour de plus de 5 jours au-delà de la durée autorisée ; si une interdiction d'entrée suit une expulsion pour une infraction administrative, et pour combien de temps (le décret du gouvernement n° 175 du 6 avril 2017 prévoyait 5 ans quand l'expulsion était ordonnée par le jugement d'un tribunal pénal).
    .body =
        ## Ce que dit la loi
        L'article 517 du Code des infractions administratives porte sur les règles de séjour des étrangers. Sa partie 3 porte sur le fait de ne pas partir quand votre durée de séjour autorisée prend fin :

        - jusqu'à **3 jours** de trop : un **avertissement** ;
        - de **3 à 5 jours** de trop : une amende de **10 MRP**.

        ## Combien font 10 MRP ?
        Le MRP (indice mensuel de calcul) change chaque année.

        - En 2026, 1 MRP vaut 4 325 KZT. Donc 10 MRP font **43 250 KZT**.
        - En 2025, 1 MRP valait 3 932 KZT. Donc 10 MRP faisaient **39 320 KZT**.

        ## Les dépassements plus longs
        Nous n'avons pas confirmé les sanctions pour un séjour de plus de 5 jours au-delà de la durée autorisée. L'expulsion est l'une des sanctions du Code, et elle peut entraîner une **interdiction d'entrée de 5 ans au plus** (ce n'est pas confirmé pour chaque expulsion). Voir [l'expulsion](article:kz-expulsion) et [l'interdiction d'entrée](article:kz-entry-ban).

        > [!WARNING]
        > Ne prenez pas le risque. Partez à temps, ou obtenez le bon permis avant d'avoir épuisé vos jours de séjour autorisés.

        ## Que faire maintenant
        1. Comptez vos jours : voir [le séjour sans visa](article:kz-visa-free-stay). Notez chaque date d'entrée au Kazakhstan et de sortie.
        2. Mettez un rappel au moins une semaine avant votre dernier jour.
        3. Si vous devez rester plus longtemps pour travailler ou étudier, renseignez-vous tôt sur le [permis de séjour temporaire](article:kz-temporary-residence-work).
        4. Si vous êtes déjà resté trop longtemps, demandez vite une aide juridique : voir [l'aide juridique](article:kz-legal-aid).
        5. Si un procès-verbal est dressé, connaissez vos droits : voir [vos droits quand un procès-verbal est dressé](article:kz-protocol-rights).
        6. Si vous recevez une amende, payez-la par les voies officielles et gardez le reçu. Si vous ne pouvez pas payer tout de suite, voir [reporter une amende ou la payer en plusieurs fois](article:kz-fine-instalments).
