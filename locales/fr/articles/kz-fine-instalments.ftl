article-kz-fine-instalments =
    .title = Vous ne pouvez pas payer une amende tout de suite ? Demandez un report ou un paiement échelonné
    .summary = Vous pouvez demander le report d'une amende pour 1 mois au plus, ou un paiement échelonné sur 3 mois au plus (KoAP, art. 888).
    .body =
        ## Ce que dit la loi
        L'article 888 du Code des infractions administratives permet :

        - un **report** de **1 mois** au plus ; ou
        - un **paiement échelonné** (en plusieurs fois) sur **3 mois** au plus.

        ## Demandez, n'attendez pas
        Une amende impayée peut jouer contre vous. Dans une affaire de 2020, la Cour suprême a confirmé une expulsion, en partie parce qu'une amende n'était pas payée. Si vous ne pouvez pas payer, demandez plus de temps.

        ## Comment payer
        - Payez par la **passerelle de paiement d'egov.kz**. La commission est de 100 KZT.
        - Payez chaque échéance par une voie officielle, et gardez chaque reçu.
        - Ne donnez jamais d'argent liquide à un policier ou à un agent.

        > [!TIP]
        > Les amendes sont comptées en MRP. En 2026, 1 MRP vaut 4 325 KZT. Une amende de 10 MRP fait donc 43 250 KZT.

        ## Que faire maintenant
        1. Lisez la décision (en russe : постановление) sur l'amende. Notez la date à laquelle vous l'avez reçue.
        2. Écrivez une demande qui cite l'article 888 du Code des infractions administratives. Expliquez pourquoi vous ne pouvez pas payer tout de suite, et si vous demandez un report ou un paiement échelonné.
        3. Demandez au bureau qui vous a infligé l'amende où déposer la demande. Déposez-la en personne, et prenez le récépissé : voir [déposer une demande écrite](article:kz-written-appeal).
        4. Gardez une copie de votre demande et de la réponse.
        5. Payez à temps, comme convenu. Enregistrez chaque reçu dans le coffre de l'application : voir [la preuve de paiement](article:kz-proof-of-payment).

        Si vous pensez que l'amende est injuste, faites un recours dans les 10 jours après avoir reçu une copie de la décision : voir [contester une amende](article:kz-appeal-fine).
