article-kz-residence-card-renewal =
    .title = Renouveler votre carte de séjour
    .summary = Pour renouveler votre carte de séjour, apportez les papiers prévus, montrez l'original du passeport seulement pour vérification et gardez tous les reçus.
    .keywords = titre de séjour, renouvellement, prolonger la carte, carte expirée, carte périmée, taxe d'État, photos d'identité, procédure rapide, nouvelle carte, quand renouveler, refaire la carte, carte bientôt expirée, dossier de renouvellement, prix de la carte, carte de résident, titre de séjour expiré
    .unverified = La durée de validité de la carte (10 ans au plus, pas au-delà du passeport) et le conseil de déposer la demande au moins un mois avant la fin viennent d'un cabinet d'avocats, pas d'une source officielle. Le délai officiel n'est pas confirmé. Les listes officielles demandent une copie du passeport et l'original « pour vérification » ; aucun texte que nous avons lu ne dit si l'original est rendu tout de suite ou s'il peut être gardé pendant la fabrication de votre carte.
    .body =
        ## Ce que demandent les règles
        Pour la carte de séjour, le service officiel cite :
        - le reçu de la taxe d'État ;
        - 2 photos ;
        - votre passeport valide.

        Quand vous les déposez, vous recevez un **récépissé détachable**. La carte est prête en **7 jours ouvrables** (procédure rapide) ou **17 jours ouvrables** (procédure normale).

        ## Votre passeport
        Pour la résidence permanente, les listes officielles demandent une copie du passeport et l'original « pour vérification ». Aucun texte que nous avons lu ne dit si l'original est rendu tout de suite, ni si un bureau peut le garder pendant la fabrication de votre carte. Demandez qu'on le vérifie, qu'on verse la copie au dossier et qu'on vous le rende : montrez la fiche « Vérifiez mon passeport original et rendez-le-moi, s'il vous plaît ». S'il est gardé, demandez l'acte juridique et une attestation écrite avec le nom et la fonction de l'agent, la date, et la date à laquelle on vous le rendra.

        ## Quand déposer la demande
        Un cabinet d'avocats dit que la carte est valable 10 ans au plus, mais pas plus longtemps que votre passeport. Il conseille de déposer la demande au moins un mois avant la fin de la carte. Ce n'est pas officiel, mais il est plus sûr de s'y prendre tôt.

        ## Un avertissement tiré d'un cas réel
        Le renouvellement d'un résident permanent a été bloqué jusqu'à ce qu'il paie de nouveau une amende qu'il disait avoir déjà payée. Pendant l'attente, il ne pouvait pas travailler, et son passeport était au service des migrations.

        > [!WARNING]
        > Gardez tous les reçus de frais et d'amendes, pendant des années. Un reçu est votre preuve.

        ## Que faire maintenant
        1. Vérifiez quand votre carte et votre passeport expirent. Mettez un rappel bien avant.
        2. Apportez le reçu de la taxe d'État, 2 photos et votre passeport. Faites d'abord des copies.
        3. Gardez le récépissé détachable jusqu'à ce que vous ayez votre nouvelle carte.
        4. Si on vous demande d'autres papiers, voir [les papiers exigés par la loi](article:kz-required-documents).
        5. Si quelqu'un vous demande de l'argent sans reçu officiel, appelez le **1424** (gratuit, jour et nuit). Voir [pots-de-vin et ligne 1424](article:kz-bribes-1424).

        Lisez aussi [résidence permanente](article:kz-permanent-residence) et [payer une amende](article:kz-paying-fines).
