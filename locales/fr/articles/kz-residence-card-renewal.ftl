article-kz-residence-card-renewal =
    .title = Renouveler votre carte de séjour
    .summary = Pour renouveler votre carte de séjour, apportez les papiers prévus, montrez l'original du passeport seulement pour vérification et gardez tous les reçus.
    .unverified = La durée de validité de la carte (10 ans au plus, pas au-delà du passeport) et le conseil de déposer la demande au moins un mois avant la fin viennent d'un cabinet d'avocats, pas d'une source officielle. Le délai officiel, et le droit d'un bureau de garder votre passeport pendant la fabrication de la carte, ne sont pas confirmés.
    .body =
        ## Ce que demandent les règles
        Pour la carte de séjour, le service officiel cite :
        - le reçu de la taxe d'État (en russe : государственная пошлина) ;
        - 2 photos ;
        - votre passeport valide.

        Quand vous les déposez, vous recevez un **récépissé détachable** (en russe : отрывной талон). La carte est prête en **7 jours ouvrables** (procédure rapide) ou **17 jours ouvrables** (procédure normale).

        ## Votre passeport
        Les règles de la résidence permanente disent que l'original du passeport est présenté « pour vérification » et que seule une copie est gardée au dossier. On ne sait pas encore si un bureau peut garder votre passeport pendant la fabrication de la carte. S'il le garde, demandez un papier qui le dit.

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
