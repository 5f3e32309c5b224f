article-kz-detention-rights =
    .title = Si vous êtes détenu : vos droits
    .summary = Si vous êtes détenu, on doit vous dire tout de suite pourquoi, et la torture est interdite. Vous pouvez demander votre consulat, un défenseur et, si vous ne connaissez pas assez bien la langue, un interprète gratuit. Restez calme et ne résistez pas.
    .keywords = garde à vue, arrêté, arrestation, interpellé, commissariat, violences policières, mauvais traitements, avocat, prévenir ma famille, procès-verbal de détention, droits du détenu, pourquoi je suis détenu, tabassé, frappé par la police, menottes, emmené au poste, pas le droit d'appeler, insulté par la police, bavure
    .unverified = Non confirmé : qui la police doit prévenir de votre détention, à votre demande, selon l'article 788, partie 2, actuel du Code des infractions administratives (un ancien code citait les proches, l'employeur ou l'école, et le défenseur), et dans quel délai ; et combien de temps peut durer la détention administrative.
    .body =
        ## Vos droits
        - On doit vous dire **tout de suite** la **raison** de votre détention (Code des infractions administratives, art. 14).
        - La **torture** et les traitements dégradants sont **interdits** (art. 14).
        - L'agent doit rédiger un **procès-verbal de détention**, avec la date, l'heure à la minute près, le lieu et les raisons, et vous en donner une **copie** (art. 787 sur les personnes qui peuvent détenir, art. 788 sur la procédure).
        - Vous pouvez avoir un **défenseur** (art. 744).
        - Si vous ne connaissez pas la langue de la procédure, ou si vous ne la connaissez pas assez bien, vous pouvez utiliser votre langue maternelle et avoir un **interprète gratuit** (art. 744 et 738).
        - Vous pouvez demander que votre **consulat** soit prévenu sans retard (Convention de Vienne sur les relations consulaires, art. 36). Voir [votre consulat](article:kz-consular-rights). Si vous n'avez aucune nationalité, demandez plutôt qu'on prévienne un proche ou un avocat.

        Les règles du Kazakhstan sur l'information des consulats concernent les détentions en matière **pénale**. Dans tous les cas, demandez clairement. Qui la police doit prévenir à votre demande selon le Code actuel n'est pas confirmé : demandez quand même, et redemandez.

        ## Restez en sécurité
        - Restez calme. **Ne résistez pas**, même si vous pensez que la détention est injuste. Vous pourrez vous plaindre plus tard.
        - Demandez à voir la carte professionnelle de l'agent. Retenez ou notez son nom.

        > [!WARNING]
        > Ne payez pas en liquide pour être relâché. Le liquide ne laisse ni reçu ni trace. Si quelqu'un vous demande de l'argent, signalez-le au **1424** dès que possible.

        ## Que faire maintenant
        1. Demandez : « Pourquoi suis-je détenu ? »
        2. Demandez à voir la carte professionnelle de l'agent.
        3. Si vous êtes citoyen d'un autre pays, dites : « Je demande que mon consulat soit informé. » Montrez la fiche « Prévenez mon consulat ». Demandez aussi qu'on prévienne votre famille ou votre avocat.
        4. Dites que vous avez besoin d'un défenseur, et quelle langue il vous faut. Écrivez les deux sur le procès-verbal.
        5. Lisez le procès-verbal avant de le signer. Si vous n'êtes pas d'accord, écrivez que vous n'êtes pas d'accord.
        6. Demandez une copie de chaque papier, et du procès-verbal de détention.
        7. Ensuite, notez ce qui s'est passé : les noms, le lieu, les heures. Plaignez-vous par écrit : voir [se plaindre au parquet](article:kz-prosecutor-complaint).

        Voir aussi [la détention administrative](article:kz-administrative-detention), vos droits quand [un procès-verbal est dressé](article:kz-protocol-rights) et [l'aide juridique](article:kz-legal-aid).
