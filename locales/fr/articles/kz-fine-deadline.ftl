article-kz-fine-deadline =
    .title = Les délais liés aux amendes : quand payer, et ce qui se passe si vous êtes en retard
    .summary = Si vous pensez que l'amende est injuste, faites un recours dans les 10 jours. Sinon, payez dans les 30 jours après l'entrée en vigueur de la décision. Passé ce délai, un huissier de justice peut recouvrer l'amende par la force, avec des frais en plus.
    .keywords = shtraf, saisie, compte bloqué, recouvrement forcé, amende en retard, amende impayée, payer la moitié, réduction de moitié, frais d'huissier, majoration, dette, date limite, compte gelé, carte bancaire bloquée, pénalités de retard, quand payer l'amende, oublié de payer, huissier privé
    .unverified = Non confirmé : le jour exact où une décision entre en vigueur (nous comptons à partir du jour où vous la recevez, ce qui est plus tôt) ; si les 7 jours pour payer la moitié de l'amende sont des jours calendaires ou des jours ouvrables, et si le paiement de la moitié est possible pour les infractions liées à la migration ; si une amende impayée peut vous empêcher de quitter le pays ou de renouveler votre carte de séjour. Nous n'avons pas trouvé d'infraction distincte pour le non-paiement d'une amende.
    .body =
        ## Les délais, du plus court au plus long
        1. **7 jours : payer la moitié.** Dans certains cas, vous pouvez payer **50 %** de l'amende dans les **7 jours** à partir du procès-verbal (KoAP, art. 810–811). Seulement si la sanction est une amende, si vous reconnaissez l'infraction et si vous ne contestez pas les preuves. Pas si une autre sanction, comme l'expulsion, est aussi prononcée. Par prudence, comptez 7 jours calendaires.
        2. **10 jours : le recours.** Si vous pensez que l'amende est injuste, faites un recours dans les **10 jours** après avoir reçu une copie de la décision. Comptez en jours calendaires. Voir [contester une amende](article:kz-appeal-fine).
        3. **30 jours : payer la totalité.** Payez **au plus tard 30 jours** après l'entrée en vigueur de la décision (KoAP, art. 893). Comptez les 30 jours à partir du jour où vous avez reçu la décision, ou payez tout de suite.

        > [!WARNING]
        > Payer la moitié veut dire que vous acceptez l'infraction. Si vous voulez faire un recours, ne payez pas la moitié.

        ## Si vous ne pouvez pas payer à temps
        Demandez un report de 1 mois au plus ou un paiement en plusieurs fois sur 3 mois au plus (KoAP, art. 888). Demandez-le **avant** la fin des 30 jours. Voir [reporter une amende](article:kz-fine-instalments).

        ## Si les 30 jours sont dépassés
        - La décision peut être envoyée pour **recouvrement forcé**, par exemple à un huissier de justice privé.
        - Un huissier de justice peut bloquer votre argent, vos comptes bancaires et vos biens.
        - Vous payez alors aussi les **frais de l'huissier** : pour une dette de 60 MRP au plus, ils sont de **25 %** de la somme.
        - Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision.
        - Des avocats signalent que des amendes impayées peuvent aussi causer des problèmes à la frontière. Ce n'est pas confirmé.

        ## Vérifiez vos amendes
        Vous pouvez chercher vos amendes sur egov.kz avec votre IIN, ou avec votre nom et votre date de naissance, et les payer sur ce site. La commission est de 100 KZT. Une amende que vous pensez avoir payée peut encore apparaître comme impayée : gardez le reçu. Voir [la preuve de paiement](article:kz-proof-of-payment).

        ## Que faire maintenant
        1. Notez le jour du procès-verbal et le jour où vous avez reçu la décision. Mettez des rappels pour le 7e jour après le procès-verbal, et pour le 10e et le 30e jour après la réception de la décision.
        2. Si vous pensez que l'amende est injuste, faites un recours avant le 10e jour.
        3. Si vous êtes d'accord et pouvez payer, payez par une voie officielle : voir [payer une amende](article:kz-paying-fines).
        4. Enregistrez le reçu dans le coffre de l'application et gardez-le sur papier.
        5. Si vous ne pouvez pas payer, demandez plus de temps avant le 30e jour.
        6. Si un huissier de justice vous contacte, demandez les papiers, payez uniquement par les voies officielles et gardez chaque reçu. Demandez [une aide juridique](article:kz-legal-aid).
