article-kz-status-while-processing =
    .title = Pendant la fabrication de votre carte ou de votre passeport
    .summary = Gardez le récépissé détachable et des copies de tout ce que vous déposez, et demandez un papier si un bureau garde votre passeport. Nous n'avons trouvé aucune règle claire sur le droit de travailler pendant ce temps.
    .keywords = récépissé, titre de séjour, en attente de carte, demande en cours, dossier en cours, travailler en attendant, carte numérique, eGov Mobile, délai de fabrication, carte pas prête, preuve de dépôt, carte de séjour, carte en retard, sans passeport en attendant, talon, toujours pas de carte, document provisoire
    .unverified = Non confirmé : si le récépissé détachable ou un autre papier prouve votre droit de rester et de travailler pendant la fabrication d'une nouvelle carte ; si un bureau peut garder votre passeport pendant ce temps ; et la liste officielle actuelle des étrangers qui n'ont pas besoin de permis de travail. Le fait que les résidents permanents n'ont pas besoin de permis de travail est affirmé par des cabinets d'avocats et suggéré par un guide du gouvernement, mais nous n'avons pas lu le texte officiel.
    .body =
        ## Ce que vous recevez quand vous déposez votre demande
        Pour une carte de séjour, vous déposez le reçu de la taxe d'État, 2 photos et votre passeport valide. Vous recevez un **récépissé détachable**. La carte est fabriquée en **7 jours ouvrables** au plus (procédure rapide) ou en **17 jours ouvrables** (procédure normale).

        Gardez le récépissé détachable sur vous. Il montre la date de votre demande et que le bureau a vos papiers. Nous n'avons trouvé aucune règle qui dit qu'il remplace la carte.

        ## Votre passeport
        Pour la résidence permanente et le permis de séjour temporaire, les listes officielles demandent « une copie et l'original (pour vérification) » de votre passeport. La liste pour la carte elle-même dit seulement « un passeport valide ». Aucun texte que nous avons lu ne dit si l'original est rendu tout de suite, ou s'il peut être gardé pendant la fabrication de la carte. Si un bureau garde votre passeport, demandez une attestation écrite : voir [quand quelqu'un garde votre passeport](article:kz-passport-confiscation).

        ## Votre carte de séjour numérique
        Depuis avril 2023, l'application eGov Mobile peut afficher une carte de séjour numérique. Selon un article de presse, elle peut être utilisée comme la carte papier. Nous n'avons pas confirmé ce qu'elle affiche pendant la fabrication d'une nouvelle carte.

        ## Le travail
        - Le guide du gouvernement dit qu'un étranger qui veut vivre et travailler au Kazakhstan a besoin d'un permis de séjour.
        - Un résumé des règles de 2012 fait par un cabinet d'avocats cite les personnes qui vivent de façon permanente au Kazakhstan parmi celles qui n'ont pas besoin de permis de travail. Un cabinet d'avocats cite aussi aujourd'hui le permis de séjour comme un moyen de travailler.
        - Nous n'avons pas lu la liste officielle actuelle. Nous n'avons trouvé aucune règle qui empêche un résident permanent de travailler pendant le renouvellement de sa carte, et aucune qui le protège sur ce point.

        Dans l'histoire vraie, un homme venu du Mali ne pouvait pas travailler pendant que son renouvellement était bloqué, et son passeport était au service des migrations.

        > [!TIP]
        > Demandez par écrit. Une demande écrite laisse une trace. Une réponse orale, non.

        ## Que faire maintenant
        1. Avant de déposer quoi que ce soit, photographiez votre passeport (chaque page), votre ancienne carte et le reçu de la taxe. Enregistrez les photos dans le coffre de l'application.
        2. Gardez sur vous le récépissé détachable et des copies de vos papiers.
        3. Si vous avez besoin d'une preuve pour un employeur ou pour la police, déposez une [demande écrite](article:kz-written-appeal) au service des migrations. Demandez un papier qui dit quand vous avez fait la demande, ce qui est en cours de fabrication, et où se trouve votre passeport. Gardez le récépissé.
        4. Notez le jour où votre carte doit être prête. Si elle est en retard, demandez par écrit pourquoi.
        5. Si on vous dit que vous n'avez pas le droit de travailler, demandez quelle loi le dit, et obtenez [une aide juridique](article:kz-legal-aid).
        6. Si votre renouvellement est bloqué à cause d'une ancienne amende, voir [un reçu perdu](article:kz-lost-receipt).
