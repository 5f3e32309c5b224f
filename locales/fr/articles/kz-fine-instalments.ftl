article-kz-fine-instalments =
    .title = Vous ne pouvez pas payer une amende tout de suite ? Demandez un report ou un paiement échelonné
    .summary = Vous pouvez demander le report d'une amende pour 1 mois au plus, ou un paiement échelonné sur 3 mois au plus (KoAP, art. 888).
    .keywords = payer en plusieurs fois, échéancier, étalement, délai de paiement, facilités de paiement, report de paiement, payer plus tard, pas d'argent, sursis, paiement partiel, article 888, shtraf, échelonnement, payer par mois, payer petit à petit, pas les moyens, difficultés financières, délai supplémentaire, fractionner
    .unverified = Les 30 jours (KoAP, art. 893, partie 1) sont signalés par la police et par des avocats ; nous ne les avons pas lus dans le texte officiel. Non confirmé : le jour où une décision entre en vigueur ; si les 7 jours pour payer la moitié sont des jours calendaires ou des jours ouvrables (egov.kz parle de jours ouvrables, la police de jours entiers : comptez des jours calendaires, ce qui donne la date la plus tôt) ; et si le paiement de la moitié est possible pour les infractions liées au séjour et à l'enregistrement.
    .body =
        ## Ce que dit la loi
        L'article 888 du Code des infractions administratives permet :

        - un **report** de **1 mois** au plus ; ou
        - un **paiement échelonné** (en plusieurs fois) sur **3 mois** au plus.

        ## Les délais
        - Dans certains cas, vous pouvez payer la **moitié** de l'amende dans les **7 jours** à partir du procès-verbal, si l'amende est la seule sanction, si vous reconnaissez l'infraction et si vous ne contestez pas les preuves (KoAP, art. 810–811). Comptez en jours calendaires. Payer la moitié veut dire que vous acceptez l'infraction.
        - Si vous pensez que l'amende est injuste, faites un recours dans les **10 jours** après avoir reçu une copie de la décision.
        - Une amende doit être payée dans les **30 jours** après l'entrée en vigueur de la décision (KoAP, art. 893, partie 1). Par prudence, comptez à partir du jour où vous avez reçu la décision. Demandez plus de temps **avant** la fin des 30 jours.

        Voir [les délais liés aux amendes](article:kz-fine-deadline).

        ## Demandez, n'attendez pas
        Une amende impayée peut jouer contre vous. Dans une affaire de 2020, un tribunal de district de Karaganda a ordonné l'expulsion d'un étranger, en partie parce qu'une amende n'avait pas été payée. La Cour suprême a ensuite confirmé la décision. Si vous ne pouvez pas payer, demandez plus de temps.

        ## Comment payer
        - Payez par la **passerelle de paiement d'egov.kz**. La commission est de 100 KZT.
        - Payez chaque échéance par une voie officielle, et gardez chaque reçu.
        - Ne donnez jamais d'argent liquide à un policier ou à un agent.

        > [!TIP]
        > Les amendes sont comptées en MRP. En 2026, 1 MRP vaut 4 325 KZT. Une amende de 10 MRP fait donc 43 250 KZT.

        ## Que faire maintenant
        1. Lisez la décision sur l'amende. Notez la date à laquelle vous l'avez reçue.
        2. Écrivez une demande qui cite l'article 888 du Code des infractions administratives. Expliquez pourquoi vous ne pouvez pas payer tout de suite, et si vous demandez un report ou un paiement échelonné.
        3. Demandez au bureau qui vous a infligé l'amende où déposer la demande. Déposez-la en personne, et prenez le récépissé : voir [déposer une demande écrite](article:kz-written-appeal).
        4. Gardez une copie de votre demande et de la réponse.
        5. Payez à temps, comme convenu. Enregistrez chaque reçu dans le coffre de l'application : voir [la preuve de paiement](article:kz-proof-of-payment).

        Si vous pensez que l'amende est injuste, faites un recours dans les 10 jours après avoir reçu une copie de la décision : voir [contester une amende](article:kz-appeal-fine).
