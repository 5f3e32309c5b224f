article-kz-protocol-rights =
    .title = Vos droits lors de l'établissement d'un procès-verbal
    .summary = Quand un agent dresse un procès-verbal d'infraction administrative, vous pouvez le lire, le contester et avoir un défenseur. Si vous ne connaissez pas assez bien la langue de la procédure, vous pouvez utiliser votre langue avec un interprète gratuit.
    .keywords = PV, contravention, verbalisation, signer le PV, refuser de signer, contester le PV, verbalisé, KoAP, dossier, objection, avocat, forcé de signer, signer sans lire, je ne suis pas d'accord, rapport de police, constat d'infraction, écrire mon désaccord
    .body =
        ## Qu'est-ce qu'un procès-verbal
        Le procès-verbal d'infraction administrative est le document officiel qui indique ce qu'on vous reproche, par exemple un problème de séjour ou d'enregistrement. L'affaire peut se terminer par un avertissement, une amende, une arrestation administrative ou une expulsion. Le procès-verbal est donc important.

        ## Vos droits
        Le Code des infractions administratives (KoAP), article 744, vous donne le droit de :

        - lire le procès-verbal et le dossier, et en faire des copies ;
        - donner vos explications et contester le procès-verbal ;
        - présenter des preuves et des requêtes (des demandes officielles) ;
        - avoir un défenseur (un avocat) ;
        - si vous ne connaissez pas la langue de la procédure, ou si vous ne la connaissez pas assez bien, utiliser votre langue maternelle et avoir un interprète **gratuitement** (art. 744 et 738) ;
        - vous plaindre du procès-verbal, des mesures prises, d'un ordre de paiement ou de la décision.

        Si vous êtes détenu, on doit vous dire tout de suite pourquoi. La torture et les traitements dégradants sont interdits (KoAP, art. 14).

        ## Que faire maintenant
        1. Restez calme. Lisez le procès-verbal avant de le signer.
        2. Si vous ne comprenez pas la langue, dites-le et demandez un interprète.
        3. Écrivez sur le procès-verbal, avec vos mots, que vous n'êtes pas d'accord (si c'est le cas).
        4. Écrivez que vous avez besoin d'un avocat.
        5. Écrivez la langue dont vous avez besoin, par exemple : « J'ai besoin d'un interprète en ouzbek. »
        6. Demandez une copie du procès-verbal. Gardez tous les papiers qu'on vous donne.

        > [!NOTE]
        > Si vous avez besoin d'un interprète parce que vous ne connaissez pas assez bien la langue, l'interprète est gratuit. Vous n'avez rien à payer pour lui.

        > [!WARNING]
        > Si vous recevez une amende, le délai de recours est court. Lisez tout de suite [comment contester une amende](article:kz-appeal-fine).

        Voir aussi [les contrôles de police](article:kz-police-checks) et [payer une amende](article:kz-paying-fines).
