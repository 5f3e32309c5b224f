article-kz-residence-cancellation =
    .title = Menaces d'annuler votre résidence permanente
    .summary = La loi « Sur la migration de la population » énumère les motifs pour lesquels une autorisation de résidence permanente peut être annulée. Le service des migrations de la police ajoute le cas de plus de 183 jours à l'étranger pendant une année civile. Une menace n'est pas une décision : demandez-la par écrit. Contestez tout de suite une décision préliminaire (vous n'avez peut-être que 2 jours ouvrables), et contestez une décision écrite dans les 3 mois.
    .keywords = titre de séjour retiré, annulation, retrait de la carte, perte de la résidence, vivre à l'étranger, long voyage, séjour à l'étranger, menacé par un agent, révocation, opposition, résidence annulée, parti au pays, absence prolongée, trop longtemps à l'étranger, menace d'annulation, carte retirée, retrait du titre
    .unverified = Non confirmé : la liste complète et actuelle des motifs de l'article 49 de la loi « Sur la migration de la population » ; si des infractions administratives répétées ou de faux documents peuvent faire annuler une autorisation déjà délivrée ; comment une annulation est décidée et annoncée en pratique ; si l'audition avec seulement 2 jours ouvrables pour s'opposer s'applique à une annulation. Ce que vous devez faire après une annulation n'est pas confirmé.
    .body =
        ## D'abord le délai le plus court
        - **2 jours ouvrables.** Avant de prendre une décision contre vous, un organe de l'État doit vous communiquer sa décision préliminaire au moins 3 jours ouvrables à l'avance. Vous pouvez vous y opposer dans les **2 jours ouvrables** après l'avoir reçue (Code de procédure administrative, art. 73). Il n'est pas confirmé que cela s'applique à une annulation : opposez-vous donc par écrit tout de suite.
        - **3 mois.** Vous pouvez vous plaindre d'une décision écrite dans les **3 mois** à partir du jour où vous l'avez apprise (art. 92). Vous déposez la plainte auprès du bureau qui a décidé, et c'est l'autorité supérieure qui statue (art. 91).
        - **1 mois.** Après la réponse à votre plainte, vous pouvez saisir le tribunal dans un délai de **1 mois** (art. 136).

        ## Les motifs prévus par la loi
        Selon l'article 49 de la loi « Sur la migration de la population », une autorisation de résidence permanente est refusée, ou **annulée**, pour un immigrant qui :
        - est entré au Kazakhstan illégalement, ou est poursuivi pour un crime dans son pays d'origine ;
        - est sorti de prison et vivait hors du Kazakhstan avant sa condamnation ;
        - a commis des crimes contre l'humanité ;
        - n'a pas prouvé qu'il peut subvenir à ses besoins, comme l'exige le gouvernement (avec des exceptions, par exemple pour les Kazakhs ethniques).

        La liste cite aussi d'autres cas, comme certaines maladies et une perte antérieure de la nationalité kazakhe. Nous n'avons pas pu lire la liste complète et actuelle.

        Le service des migrations de la police dit qu'un permis de séjour est aussi annulé après **plus de 183 jours hors du Kazakhstan pendant une année civile**. Tous les voyages du 1er janvier au 31 décembre sont additionnés.

        La police dit que les demandes sont souvent **refusées** pour des informations fausses ou incomplètes, ou pour des infractions administratives commises pendant la dernière année.

        ## Une menace n'est pas une décision
        Une décision d'un organe de l'État est normalement prise par écrit, et une décision orale doit aussi être mise par écrit (art. 78). Si un agent vous dit que votre résidence sera annulée :
        - demandez quelle loi et quel motif, et demandez la décision par écrit ;
        - notez le nom de l'agent, le bureau, la date et ce qui a été dit ;
        - ne payez jamais d'argent pour « régler » le problème. Appelez le **1424** : voir [les pots-de-vin et la ligne 1424](article:kz-bribes-1424).

        ## Comment contester une décision
        Déposez votre plainte auprès du bureau qui a décidé. Il doit l'envoyer à l'autorité supérieure dans les 3 jours ouvrables. Un délai dépassé peut être rétabli pour une raison valable, comme une maladie. Vous avez les mêmes droits de procédure qu'un citoyen. Voir [déposer une demande écrite](article:kz-written-appeal) et [le parquet](article:kz-prosecutor-complaint).

        ## Que faire maintenant
        1. Gardez des preuves de vos jours au Kazakhstan : tampons du passeport, billets, enregistrement de votre adresse.
        2. Comptez vos jours à l'étranger cette année.
        3. Gardez chaque reçu d'amendes et de frais : voir [la preuve de paiement](article:kz-proof-of-payment).
        4. Si vous recevez un papier, notez le jour où vous l'avez reçu.
        5. Demandez de l'aide tôt : voir [l'aide juridique](article:kz-legal-aid).
