article-intl-keep-copies =
    .title = Gardez des copies de chaque document et de chaque reçu
    .summary = Les copies et les photos de vos documents et de vos reçus vous protègent quand un papier est perdu, gardé par un bureau ou « introuvable ». Gardez-les en sécurité, par exemple dans le coffre chiffré de l'application.
    .keywords = photocopie, scanner, scan, sauvegarde, copie du passeport, photo des documents, copie numérique, coffre-fort, phrase secrète, papiers perdus, archiver, justificatifs, copie légalisée, copie certifiée conforme, mot de passe, photos de mes papiers, conserver mes papiers, copie de ma carte
    .body =
        ## Pourquoi les copies sont importantes
        - Les bureaux gardent parfois des papiers. Pour la résidence permanente, les listes officielles demandent une copie de votre passeport et l'original « pour vérification ».
        - Des employeurs ou des intermédiaires ont pris les passeports de travailleurs migrants au Kazakhstan, selon des organisations de défense des droits de l'homme. En 2016, le Comité des droits de l'homme de l'ONU a cité le retrait des papiers d'identité parmi les abus que subissent les travailleurs migrants au travail.
        - Un résident de longue date venu du Mali dit avoir payé une amende, mais la police des migrations a ensuite déclaré n'en avoir aucune trace. Le renouvellement de ses papiers de séjour a été bloqué.
        - Quand vous déposez une demande écrite, vous recevez un récépissé. Le récépissé est votre preuve : gardez-le.

        ## Ce qu'il faut garder
        - votre passeport (chaque page écrite ou tamponnée), votre visa, vos permis, votre carte de séjour et vos papiers d'enregistrement ;
        - chaque procès-verbal et chaque décision ;
        - chaque reçu de frais et d'amendes ;
        - chaque récépissé et chaque récépissé détachable ;
        - votre contrat de travail et vos papiers de logement.

        ## Où les garder
        - Prenez des photos et enregistrez-les dans le **coffre de l'application**. Il est chiffré et verrouillé par votre phrase secrète ou votre code PIN.
        - Faites une sauvegarde du coffre, et gardez votre phrase secrète en lieu sûr. Sans elle, personne ne peut ouvrir vos documents.
        - Gardez des copies papier dans un deuxième endroit sûr, loin des originaux.

        > [!TIP]
        > Prenez la photo le jour même où vous recevez le papier. Vérifiez que la photo est nette et que chaque mot se lit.

        ## Que faire maintenant
        1. Aujourd'hui, photographiez votre passeport, votre permis ou votre carte de séjour, et vos reçus les plus récents.
        2. Ajoutez-les au coffre de l'application, avec la date de délivrance et la date de fin de chacun.
        3. Faites une sauvegarde du coffre.
        4. Chaque fois que vous recevez un nouveau papier, faites la même chose.

        Voir aussi [la preuve de paiement](article:kz-proof-of-payment) et [les documents de votre famille](article:kz-family-documents).
