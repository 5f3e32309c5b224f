article-kz-detention-rights =
    .title = Si vous êtes détenu : vos droits
    .summary = Si vous êtes détenu, on doit vous dire tout de suite pourquoi, et la torture est interdite. Vous pouvez demander votre consulat, un défenseur et un interprète gratuit. Restez calme et ne résistez pas.
    .body =
        ## Vos droits
        - On doit vous dire **tout de suite** la **raison** de votre détention (en russe : задержание ; Code des infractions administratives, art. 14).
        - La **torture** et les traitements dégradants sont **interdits** (art. 14).
        - Vous pouvez avoir un **défenseur** (en russe : защитник ; art. 744).
        - Vous pouvez utiliser votre langue maternelle et avoir un **interprète gratuit** (art. 744).
        - Vous pouvez demander que votre **consulat** soit prévenu sans retard (Convention de Vienne sur les relations consulaires, art. 36). Voir [votre consulat](article:kz-consular-rights).

        Les règles du Kazakhstan sur l'information des consulats concernent les détentions en matière **pénale**. Dans tous les cas, demandez clairement votre consulat.

        ## Restez en sécurité
        - Restez calme. **Ne résistez pas**, même si vous pensez que la détention est injuste. Vous pourrez vous plaindre plus tard.
        - Demandez à voir la carte professionnelle de l'agent. Retenez ou notez son nom.

        > [!WARNING]
        > Ne payez pas en liquide pour être relâché. Le liquide ne laisse ni reçu ni trace. Si quelqu'un vous demande de l'argent, signalez-le au **1424** dès que possible.

        ## Que faire maintenant
        1. Demandez : « Pourquoi suis-je détenu ? »
        2. Demandez à voir la carte professionnelle de l'agent.
        3. Dites : « Je demande que mon consulat soit informé. » Montrez la fiche « Prévenez mon consulat ».
        4. Dites que vous avez besoin d'un défenseur, et quelle langue il vous faut. Écrivez les deux sur le procès-verbal.
        5. Lisez le procès-verbal avant de le signer. Si vous n'êtes pas d'accord, écrivez que vous n'êtes pas d'accord.
        6. Demandez une copie de chaque papier.
        7. Ensuite, notez ce qui s'est passé : les noms, le lieu, les heures. Plaignez-vous par écrit : voir [se plaindre au parquet](article:kz-prosecutor-complaint).

        Voir aussi [vos droits quand un procès-verbal est dressé](article:kz-protocol-rights) et [l'aide juridique](article:kz-legal-aid).
