article-kz-administrative-detention =
    .title = Détention administrative et arrestation administrative : vos droits
    .summary = La police peut vous retenir pour une courte durée à cause d'une infraction administrative. Un procès-verbal de détention doit être rédigé, et vous en recevez une copie. Seul un juge peut ordonner une arrestation administrative.
    .keywords = garde à vue, rétention administrative, commissariat, enfermé, cellule, prison, interpellé, durée de la détention, libération, retenu pour expulsion, détention, juge, cachot, violon, poste de police, retenu au poste, nuit au poste, centre de rétention, combien d'heures
    .unverified = Non confirmé : la durée maximale de la détention administrative selon le Code actuel (un ancien code permettait 3 heures dans la plupart des cas), si les étrangers menacés d'expulsion peuvent être retenus plus longtemps, qui doit être prévenu de votre détention et dans quel délai, si vous avez droit à un défenseur dès la première minute, et la durée maximale de l'arrestation administrative.
    .body =
        ## De quoi s'agit-il
        Pendant une **détention administrative**, vous perdez votre liberté pour une courte durée, pour arrêter une infraction ou pour traiter votre affaire (Code des infractions administratives, art. 787). Personne ne peut être détenu autrement que pour les motifs et selon la procédure que fixe le Code (art. 14).

        ## Le procès-verbal de détention
        L'agent doit rédiger un procès-verbal de détention (art. 788). Il indique :

        - la date, le lieu et l'heure, **à la minute près** ;
        - le poste et le nom de l'agent ;
        - qui vous êtes ;
        - quand, où et pourquoi vous avez été détenu.

        L'agent et vous le signez. Si vous refusez de signer, cela y est écrit. Vous devez en recevoir une **copie**.

        ## Combien de temps ?
        La durée maximale selon le Code actuel n'est pas confirmée. Un ancien code permettait **3 heures** dans la plupart des cas. Toute personne retenue plus longtemps que la loi ne le permet doit être **libérée immédiatement** (art. 14).

        La loi « Sur la migration de la population » (art. 60) dit qu'un étranger retenu en vue de son expulsion ne peut être gardé que le temps nécessaire, et pas plus de **30 jours**. Il n'est pas confirmé qu'une autre règle permette de le retenir plus longtemps.

        ## Vos droits
        - On doit vous dire tout de suite **pourquoi** vous êtes détenu (art. 14).
        - La **torture**, la violence et les traitements dégradants sont **interdits**. Le dommage causé par une arrestation illégale ou par des mauvais traitements doit être réparé (art. 14).
        - Un **défenseur** (art. 744).
        - Si vous ne connaissez pas la langue de la procédure, ou si vous ne la connaissez pas assez bien : votre langue maternelle et un **interprète** gratuit (art. 744 et 738).
        - Demandez que votre famille ou votre employeur soit informé de l'endroit où vous êtes. Un ancien code donnait ce droit sur demande ; la règle actuelle n'est pas confirmée.
        - Demandez que votre **consulat** soit prévenu : voir [les droits consulaires](article:kz-consular-rights).

        ## L'arrestation administrative
        Avec l'**arrestation administrative**, qui est une sanction, vous êtes enfermé pendant quelques jours. Seul un **juge** peut l'ordonner (art. 14). La durée maximale de l'arrestation n'est pas confirmée. Selon un article de presse de 2026, certaines personnes ne peuvent pas recevoir d'arrestation administrative, par exemple les femmes enceintes et les parents d'enfants de moins de 14 ans.

        Vous pouvez contester la décision du juge : voir [contester une décision de justice](article:kz-court-appeal).

        ## Que faire maintenant
        1. Restez calme et ne résistez pas. Vous pourrez vous plaindre plus tard.
        2. Notez l'heure à laquelle on vous a arrêté. Demandez le nom de l'agent.
        3. Demandez le procès-verbal de détention. Lisez-le. Écrivez ce avec quoi vous n'êtes pas d'accord. Demandez une copie.
        4. Dites que vous avez besoin d'un défenseur et quelle langue il vous faut. Écrivez les deux sur le procès-verbal.
        5. Demandez que votre famille et votre consulat soient prévenus. Montrez la fiche « Prévenez mon consulat ».
        6. Ensuite, notez les noms et les heures, et plaignez-vous : voir [le parquet](article:kz-prosecutor-complaint).

        Voir aussi [si vous êtes détenu](article:kz-detention-rights) et [l'aide juridique](article:kz-legal-aid).
