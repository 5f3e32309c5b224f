article-kz-staying-in-another-city =
    .title = Séjourner ou travailler dans une autre ville : enregistrez-vous vite sur place
    .summary = En tant que résident permanent, vous pouvez séjourner et travailler dans une autre ville sans déménager. Mais un séjour là-bas peut exiger un enregistrement temporaire. Enregistrez-vous dès votre arrivée.
    .keywords = propiska, mission de travail, déplacement professionnel, séjour temporaire, TsON, centre de services publics, foyer, accord du propriétaire, eGov Mobile, 5 jours ouvrables, adresse temporaire, travail en province, loger chez des amis, chantier, voyage d'affaires, hébergé ailleurs
    .unverified = Non confirmé : à partir de quel jour un résident permanent doit s'enregistrer dans une autre ville, et quelle amende s'applique. Le délai de 5 jours ouvrables vient d'articles de presse sur de nouvelles règles pour les visiteurs, qui ne concernent peut-être pas les résidents permanents. Le délai de 10 jours vient de pages du gouvernement sur les citoyens et d'un site qui ne cite pas l'article de loi. La façon de s'enregistrer vient d'articles de presse sur les règles d'enregistrement, pas du texte officiel.
    .body =
        ## La réponse courte
        - Vous pouvez voyager, séjourner et travailler dans une autre ville. Circuler librement est votre droit : voir [la liberté de circulation](article:kz-freedom-of-movement).
        - L'enregistrement est une obligation distincte. Vous vous enregistrez à votre lieu de résidence, et aussi à votre lieu de séjour temporaire : voir « Ce que nous avons trouvé » ci-dessous.
        - Si vous séjournez dans une autre ville, demandez-y un enregistrement temporaire. Faites-le dès votre arrivée.

        > [!WARNING]
        > Nous n'avons trouvé aucune règle claire sur le moment où un résident permanent doit s'enregistrer dans une autre ville. Le délai le plus court que nous avons trouvé est de **5 jours ouvrables**. N'attendez pas plus longtemps.

        ## Ce que nous avons trouvé
        - Les règles d'enregistrement disent que la police enregistre les citoyens et les résidents permanents à leur lieu de résidence, et aussi à leur lieu de séjour temporaire.
        - Le ministère de l'Intérieur propose un service public pour l'enregistrement permanent et temporaire des étrangers qui vivent de façon permanente au Kazakhstan.
        - Pour les citoyens, egov.kz dit que l'enregistrement temporaire concerne les séjours de plus d'un mois. Une page du gouvernement dit que les personnes qui vivent plus de 10 jours sans enregistrement à une adresse temporaire peuvent être sanctionnées.
        - Selon des articles de presse, depuis le 1er juillet 2026, de nouvelles règles demandent aux visiteurs des pays dispensés de visa de s'enregistrer en ligne, et de s'enregistrer de nouveau dans les 5 jours ouvrables après un changement d'adresse. Selon des articles de presse, ces règles concernent les visiteurs.

        ## Comment s'enregistrer
        - Faites la demande dans un centre de services publics (ЦОН). Un policier y vérifie vos papiers.
        - Apportez votre passeport et votre carte de séjour. Les règles acceptent aussi les documents numériques d'eGov Mobile.
        - Le propriétaire du logement doit donner son accord et montrer sa pièce d'identité. Pour un foyer ou une autre organisation, c'est son administration qui fait la demande.

        ## L'amende
        Nous n'avons pas confirmé quelle amende s'applique à un résident permanent qui séjourne dans une autre ville sans enregistrement. Un site indique :
        - pour les citoyens : un avertissement de 10 jours à 1 mois, puis 7 MRP ;
        - pour les résidents permanents sans enregistrement à leur adresse permanente pendant plus de 10 jours : 10 MRP.

        Les amendes infligées avant 2015 relevaient d'un ancien Code des infractions administratives, qui n'est plus en vigueur. Le cas du résident permanent venu du Mali qui a reçu une amende en 2007 parce qu'il vivait à Astana est raconté dans [la liberté de circulation](article:kz-freedom-of-movement).

        ## Que faire maintenant
        1. Avant de partir, demandez au propriétaire de votre futur logement d'accepter de vous enregistrer.
        2. Dans les 5 jours ouvrables après votre arrivée, allez dans un centre de services publics et demandez un enregistrement temporaire.
        3. Gardez le papier ou la capture d'écran qui montre votre enregistrement et sa date. Enregistrez-le dans le coffre de l'application.
        4. Un séjour temporaire n'est pas un déménagement. Si vous déménagez pour de bon, voir [enregistrer votre adresse](article:kz-address-registration).
        5. Si vous recevez une amende, vous pouvez la contester dans les 10 jours : voir [contester une amende](article:kz-appeal-fine).
