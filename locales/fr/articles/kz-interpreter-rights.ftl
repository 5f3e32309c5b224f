article-kz-interpreter-rights =
    .title = Votre langue et un interprète gratuit
    .summary = Dans une affaire d'infraction administrative, vous pouvez utiliser votre langue maternelle et, si vous ne connaissez pas assez bien la langue de la procédure, avoir un interprète gratuitement. Écrivez sur le procès-verbal la langue dont vous avez besoin.
    .keywords = traducteur, traducteur gratuit, traduction, je parle pas russe, interprète en français, interprète en arabe, langue kazakhe, langue de l'État, frais d'interprète, interprète, interprète en bambara, interprète en wolof, interprète en anglais, interprète en lingala, barrière linguistique, parler ma langue
    .body =
        ## Ce que dit la loi
        Le Code des infractions administratives (KoAP) donne à une personne poursuivie qui ne connaît pas la langue de la procédure (art. 744), ou qui ne la connaît pas assez bien (art. 738), le droit de :

        - parler sa **langue maternelle** ou une autre langue qu'elle connaît ;
        - avoir un **interprète gratuitement**.

        L'article 738 dit aussi que la procédure se déroule dans la langue de l'État, et que le russe ou d'autres langues sont utilisés quand c'est nécessaire.

        Ces droits s'appliquent dans une affaire d'infraction administrative : quand le procès-verbal est dressé, et ensuite pendant l'affaire.

        > [!NOTE]
        > Si vous avez besoin d'un interprète parce que vous ne connaissez pas assez bien la langue, l'interprète est gratuit. Vous n'avez rien à payer pour lui.

        ## Dites-le clairement, et par écrit
        Un conseil pratique publié dans la presse : écrivez sur le procès-verbal la langue dont vous avez besoin. Par exemple : « J'ai besoin d'un interprète en tadjik. » Ou : « Je ne comprends pas bien le russe. J'ai besoin d'un interprète en kirghiz. »

        ## Que faire maintenant
        1. Si vous ne comprenez pas, dites-le tout de suite. Demandez un interprète dans votre langue.
        2. Montrez la fiche « J'ai besoin d'un interprète gratuit ».
        3. Écrivez sur le procès-verbal la langue dont vous avez besoin.
        4. Lisez le procès-verbal avant de le signer. Si vous n'êtes pas d'accord, écrivez que vous n'êtes pas d'accord.
        5. Demandez une copie du procès-verbal. Enregistrez-en une photo dans le coffre de l'application.
        6. Si on ne vous a pas donné d'interprète, écrivez-le sur le procès-verbal, et redites-le dans votre recours : voir [contester une amende](article:kz-appeal-fine).

        Voir aussi [vos droits quand un procès-verbal est dressé](article:kz-protocol-rights) et [les interprètes en droit international](article:intl-interpreter).
