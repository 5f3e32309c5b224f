article-kz-lost-receipt =
    .title = Reçu perdu ? Comment obtenir une preuve de votre paiement
    .summary = Si vous avez perdu le reçu d'une amende, cherchez d'autres preuves : sur egov.kz, auprès de votre banque et auprès du bureau qui vous a infligé l'amende. Vérifiez s'il vous reste des amendes impayées bien avant de renouveler vos documents.
    .keywords = quittance, justificatif de paiement, relevé bancaire, historique de paiement, vérifier mes amendes, IIN, registre des débiteurs, duplicata, réimprimer le reçu, pas de reçu, reçu égaré, preuve que j'ai payé, Kaspi, ticket de paiement, payé sans reçu, relevé de compte
    .unverified = Non confirmé : un service officiel qui délivre une attestation qu'une amende a été payée ou que vous n'avez pas d'amende impayée ; le délai dont un bureau dispose pour répondre à votre demande ; si egov.kz garde un historique des paiements que vous pouvez imprimer de nouveau ; si les amendes liées à la migration apparaissent dans la recherche d'egov.kz ; et si chaque service d'egov.kz fonctionne pour les étrangers.
    .body =
        ## Pourquoi c'est important
        Un homme venu du Mali dit avoir payé une amende en 2007. Deux ans plus tard, la police des migrations a déclaré n'en avoir aucune trace, et le renouvellement de ses papiers a été bloqué. Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision.

        ## Vérifiez s'il vous reste des amendes impayées
        - Sur egov.kz, le service de recherche et de paiement des amendes administratives (en anglais sur le site : « Searching and payment for the administrative forfeits ») trouve les amendes avec votre IIN, ou avec votre nom et votre date de naissance. Il couvre les amendes administratives, pas seulement les amendes de circulation.
        - Votre espace personnel sur egov.kz montre si vous êtes inscrit au registre des débiteurs.
        - Une amende doit être payée dans les **30 jours** après l'entrée en vigueur de la décision (KoAP, art. 893). Une amende qui n'est pas payée à temps peut être recouvrée par la force, et la personne est inscrite dans une base de données centrale des débiteurs.

        > [!TIP]
        > Vérifiez au moins deux mois avant la fin de votre carte ou de votre passeport. Vous aurez alors le temps de trouver une preuve.

        ## Si vous avez payé sur egov.kz
        Le paiement donne un reçu électronique. La banque transfère l'argent dans les 2 jours ouvrables. Connectez-vous et cherchez le paiement. Si vous le pouvez, enregistrez ou imprimez de nouveau le reçu.

        ## Si vous avez payé dans une banque ou dans une application bancaire
        Demandez à votre banque un relevé ou une copie du paiement. Il doit indiquer la date, le montant et qui a reçu l'argent. Gardez-le avec la décision sur l'amende.

        ## Demandez au bureau qui vous a infligé l'amende
        Déposez une [demande écrite](article:kz-written-appeal) auprès du bureau qui vous a infligé l'amende. Demandez une réponse écrite qui dit que l'amende a été payée, ou que vous ne devez rien. Indiquez le numéro et la date de la décision, et joignez des copies de vos preuves. Gardez le récépissé.

        ## Que faire maintenant
        1. Cherchez dans votre téléphone : SMS, application bancaire, e-mails et photos.
        2. Vérifiez sur egov.kz avec votre IIN s'il vous reste des amendes impayées.
        3. Obtenez un relevé bancaire qui montre le paiement.
        4. Déposez une demande écrite auprès du bureau qui vous a infligé l'amende, et gardez le récépissé.
        5. Si on vous demande encore de payer une deuxième fois, [plaignez-vous au parquet](article:kz-prosecutor-complaint) et obtenez [une aide juridique](article:kz-legal-aid).
        6. À partir de maintenant, enregistrez chaque reçu dans le coffre de l'application : voir [gardez votre preuve](article:kz-proof-of-payment).
