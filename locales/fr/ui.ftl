# Textes de l'interface.

-brand-name = Huquq

home-greeting = Connaître vos droits — même hors ligne, dans votre langue.
home-topics-heading = Thèmes
home-cards-heading = Montrer à un agent
home-contacts-heading = Où trouver de l'aide

article-related-heading = Voir aussi
source-checked = Vérifié : { DATETIME($date) }
source-translation = Traduction anglaise non officielle

callout-note = Remarque
callout-tip = Conseil
callout-warning = Attention

notice-not-translated = Pas encore traduit en { $requested } — affiché en { $shown }.
notice-machine-translated = Traduction automatique depuis l'{ $original }, pas encore relue par une personne.
notice-unverified = Pas encore vérifié : { $details }

search-results =
    { $count ->
        [0] Aucun résultat pour « { $query } ».
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-found-by = Trouvé grâce à « { $word } »
search-read-as = Résultats pour « { $query } ».
search-browse-topics = Rien ne correspond vraiment. Parcourez plutôt les thèmes :

card-show-hint = Montrez cet écran à l'agent.

language-en = anglais
language-ru = russe
language-kk = kazakh
language-fr = français
language-uz = ouzbek
language-ky = kirghiz
language-tg = tadjik
language-fa = persan
language-ar = arabe

error-not-found-article = Aucun article « { $id } ».
error-not-found-topic = Aucun thème « { $id } ».
error-not-found-card = Aucune fiche « { $id } ».
error-query-too-long = Cette recherche est trop longue. Utilisez au plus { $max } caractères.
error-content = Le contenu intégré n'a pas pu être chargé. Veuillez réinstaller l'application.

## Coffre de documents

error-not-found-person = Cette personne n'est pas dans votre coffre.
error-not-found-document = Ce document n'est pas dans votre coffre.
error-not-found-page = Cette page n'est pas dans votre coffre.
error-not-found-payment = Ce paiement n'est pas dans votre coffre.
error-invalid-missing = Veuillez remplir : { $field }.
error-invalid-bad-date = { $field } : cette date n'existe pas. Écrivez année-mois-jour, par exemple 2027-02-28.
error-invalid-expiry-before-issue = La date d'expiration est antérieure à la date de délivrance.
error-invalid-negative = Le montant ne peut pas être négatif.
error-invalid-bad-currency = Utilisez un code de devise à trois lettres, par exemple KZT.
error-wrong-key = Cette clé ou ce code PIN n'ouvre pas le coffre. Rien n'a été modifié.
error-invalid-key = La clé du coffre est endommagée. Rien n'a été modifié.
error-vault-missing = Il n'y a pas encore de coffre. Créez-en un d'abord.
error-vault-exists = Un coffre existe déjà ici. Rien n'a été modifié.
error-vault-too-new = Ce coffre a été créé par une version plus récente de Huquq. Mettez l'application à jour pour l'ouvrir.

field-name = Nom
field-kind = Type de document
field-issued-on = Date de délivrance
field-expires-on = Date d'expiration
field-amount = Montant
field-currency = Devise
field-paid-on = Date du paiement
error-wrong-pin = Code PIN incorrect. Rien n'a été modifié.
error-wrong-pin-limited =
    { $left ->
        [one] Code PIN incorrect. Encore une erreur et la clé du coffre sera effacée.
       *[other] Code PIN incorrect. Encore { $left } essais avant que la clé du coffre soit effacée.
    }
error-too-many-attempts = Trop de codes PIN incorrects : la clé du coffre a été effacée. Restaurez vos documents depuis une sauvegarde.
error-pin-not-set = Aucun code PIN n'est défini pour ce coffre.
error-pin-wait =
    { $minutes ->
        [one] Trop de codes PIN incorrects à la suite. Réessayez dans une minute.
       *[other] Trop de codes PIN incorrects à la suite. Réessayez dans { $minutes } minutes.
    }
error-pin-required = Saisissez d'abord le code PIN du coffre : une sauvegarde emporte tous vos documents hors du téléphone.
error-pin-device-key-lost = Ce téléphone ne peut plus vérifier le code PIN : sa partie de la clé du coffre a disparu. Restaurez vos documents depuis une sauvegarde.
error-pin-too-short = Un code PIN doit compter au moins { $min } caractères.
error-photo-empty = Le fichier photo est vide. Rien n'a été enregistré.
error-photo-too-large = Le fichier photo est trop gros (au plus { $max } Mo). Rien n'a été enregistré.
error-photo-too-many-pixels = L'image est trop grande (au plus { $max } mégapixels). Rien n'a été enregistré.
error-photo-not-an-image = Ce fichier n'est pas une photo (JPEG ou PNG). Rien n'a été enregistré.
error-photo-corrupt = La photo est endommagée ou incomplète. Rien n'a été enregistré.
error-backup-wrong-secret = Cette phrase secrète ou cette clé n'ouvre pas la sauvegarde. Vérifiez-la et réessayez. Rien n'a été modifié.
error-backup-damaged = Ce fichier de sauvegarde est endommagé, incomplet ou n'est pas une sauvegarde Huquq. Rien n'a été modifié.
error-pack-not-a-pack = Ce fichier n'est pas une mise à jour du contenu de Huquq, ou il est incomplet. Rien n'a été modifié.
error-pack-unknown-key = Cette mise à jour du contenu n'a pas été signée par l'éditeur de Huquq. Elle n'a pas été installée. Rien n'a été modifié.
error-pack-altered = Cette mise à jour du contenu a été modifiée depuis sa signature, ou elle est endommagée. Elle n'a pas été installée. Rien n'a été modifié.
error-pack-too-large = Ce fichier est trop gros pour être une mise à jour du contenu. Rien n'a été modifié.
error-pack-damaged = Cette mise à jour du contenu est endommagée et ne peut pas être lue. Rien n'a été modifié.
error-pack-not-newer = Cette mise à jour du contenu n'est pas plus récente que le contenu que vous avez. Rien n'a été modifié.
error-pack-needs-newer-app = Cette mise à jour du contenu demande une version plus récente de Huquq. Mettez d'abord l'application à jour. Rien n'a été modifié.
error-pack-fails-check = Cette mise à jour du contenu contient des erreurs dans ses textes. Elle n'a pas été installée. Rien n'a été modifié.
error-pack-none-installed = Ce téléphone n'a que le contenu intégré à l'application. Il n'y a aucune mise à jour du contenu à partager.
error-backup-unsupported = Cette sauvegarde a été créée par une version plus récente de Huquq. Mettez l'application à jour pour la restaurer. Rien n'a été modifié.
error-vault-locked = Le coffre est verrouillé. Déverrouillez-le d'abord.

## Coffre dans le terminal

vault-me = Moi
vault-empty = Le coffre ne contient encore aucun document.
vault-expires = expire le { DATETIME($date) }
vault-no-expiry = sans date d'expiration
vault-pages =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
vault-authority = Délivré par
vault-notes = Notes
vault-kind-passport = Passeport
vault-kind-residence-permit = Permis de séjour
vault-kind-residence-card = Carte de séjour
vault-kind-visa = Visa
vault-kind-registration = Enregistrement
vault-kind-work-permit = Permis de travail
vault-kind-patent = Patente
vault-kind-fine-or-decision = Amende ou décision
vault-kind-receipt = Reçu
vault-kind-court-paper = Document judiciaire
vault-kind-other = Autre document

## Rappels et dates limites

error-not-found-procedure = Aucune démarche « { $id } ».
error-not-found-deadline = Cette date limite n'existe plus.
error-not-found-event = Cet événement n'est pas dans votre coffre.
error-invalid-unknown-time-zone = { $field } : ce fuseau horaire est inconnu. Utilisez un nom comme Asia/Almaty.
error-invalid-bad-time = { $field } : écrivez l'heure en heures et minutes, par exemple 09:00.
error-invalid-offset-too-large = { $field } : un rappel peut arriver au maximum 365 jours avant la date limite.
error-invalid-wrong-event = Cette démarche ne commence pas par cet événement.
field-time-zone = Fuseau horaire
field-reminder-time = Heure du rappel
field-offsets = Jours avant la date limite
field-happened-on = Date
field-snooze-until = Me le rappeler de nouveau le
event-kind-moved = J'ai déménagé à une nouvelle adresse
event-kind-decision-received = J'ai reçu une décision (une amende ou une sanction)
event-kind-passport-handed-over = J'ai remis mon passeport au service des migrations
event-kind-entered-country = Je suis entré(e) dans le pays
event-kind-left-country = J'ai quitté le pays
event-kind-job-changed = J'ai changé d'emploi
reminders-empty = Aucune date limite pour l'instant. Ajoutez vos documents avec leur date d'expiration, ou notez ce qui s'est passé : un déménagement, une décision, une entrée dans le pays.
reminder-due-in =
    { $days ->
        [one] Date limite dans { $days } jour, le { DATETIME($date) }
       *[other] Date limite dans { $days } jours, le { DATETIME($date) }
    }
reminder-due-today = Date limite aujourd'hui, le { DATETIME($date) }
reminder-overdue =
    { $days ->
        [one] En retard de { $days } jour, depuis le { DATETIME($date) }
       *[other] En retard de { $days } jours, depuis le { DATETIME($date) }
    }
reminder-expires-in =
    { $days ->
        [one] Expire dans { $days } jour, le { DATETIME($date) }
       *[other] Expire dans { $days } jours, le { DATETIME($date) }
    }
reminder-expires-today = Expire aujourd'hui, le { DATETIME($date) }
reminder-expired =
    { $days ->
        [one] A expiré il y a { $days } jour, le { DATETIME($date) }
       *[other] A expiré il y a { $days } jours, le { DATETIME($date) }
    }
reminder-open-app = Ouvrez Huquq pour savoir quoi faire.
reminder-holidays-caveat = Délai compté en jours ouvrables. La liste des jours fériés n’est pas confirmée : vérifiez cette date auprès du service.
reminder-done = Fait
reminder-snoozed = Rappel reporté au { DATETIME($date) }
checklist-required = Ce que la loi exige
checklist-not-required = Ce que la loi n'exige pas
checklist-basis = Fondement : { $citation }
checklist-no-deadline = Pas encore de date limite : ajoutez le document avec sa date d'expiration, ou notez ce qui s'est passé.
checklist-state-valid = Vous l'avez, et le document est valide
checklist-state-expires-before-deadline = Vous l'avez, mais le document expire avant la date limite
checklist-state-expired = Vous l'avez, mais le document a expiré
checklist-state-missing = Pas dans votre coffre
checklist-state-not-tracked = À apporter : le coffre ne garde pas ce type de document
checklist-item-unverified = Non confirmé
calendar-name = Dates limites Huquq

## The vault, its gate, settings and reminders' actions (screen models)

vault-title = Coffre de documents
vault-gate-intro = Gardez sur ce téléphone, chiffrées, les photos de votre passeport, de vos cartes, de vos décisions et de vos reçus. Seul ce téléphone peut les ouvrir, et rien n'est envoyé nulle part. Une sauvegarde que vous faites vous-même est la seule copie qui quitte le téléphone.
vault-gate-create = Créer mon coffre
vault-gate-pin-prompt = Saisissez le code PIN de votre coffre
vault-gate-unlock = Ouvrir
vault-gate-key-lost = Ce téléphone ne peut plus ouvrir le coffre : sa clé a été effacée après trop de codes PIN incorrects, ou elle est endommagée. Vous pouvez recommencer avec un coffre vide et restaurer vos documents depuis une sauvegarde.
vault-gate-start-over = Recommencer avec un coffre vide
vault-gate-start-over-confirm = Ceci supprime définitivement le coffre verrouillé de ce téléphone. Vos fichiers de sauvegarde ne sont pas touchés.
vault-lock = Verrouiller le coffre
vault-add-document = Ajouter un document
vault-expired-on = Expiré le { DATETIME($date) }
vault-expires-soon = Expire bientôt : { DATETIME($date) }
vault-valid-until = Valable jusqu'au { DATETIME($date) }
vault-date = { DATETIME($date) }
field-number = Numéro
field-holder = À qui est ce document
vault-pages-heading = Pages
vault-pages-none = Pas encore de pages. Prenez une photo de chaque page.
vault-document-edit = Modifier
vault-document-delete = Supprimer ce document
vault-document-delete-confirm = Supprimer ce document et toutes ses pages du coffre ? Cette action ne peut pas être annulée.
vault-page-number = Page { $number }
vault-kind-choose = Quel type de document est-ce ?
vault-form-autosave = Tout ce que vous écrivez est enregistré tout de suite dans le coffre.
vault-date-hint = 2027-02-28
vault-person-add = Quelqu'un d'autre
vault-person-relation = Qui est cette personne pour vous ?
vault-relation-myself = Moi
vault-relation-spouse = Mari ou femme
vault-relation-child = Enfant
vault-relation-parent = Père ou mère
vault-relation-relative = Autre membre de la famille
vault-relation-other = Quelqu'un d'autre
settings-title = Paramètres
settings-language = Langue
settings-reminders = Heure du rappel
settings-pin = Code PIN du coffre
settings-pin-set = Définir un code PIN pour le coffre
settings-pin-change = Changer le code PIN du coffre
settings-pin-explain = Avec un code PIN, le coffre le demande à chaque ouverture, même quand le téléphone est déverrouillé. Seul ce téléphone peut le vérifier, et l'attente s'allonge après chaque code PIN incorrect ; après trop de codes PIN incorrects à la suite, la clé du coffre est effacée, et seule une sauvegarde peut rendre vos documents.
pin-new = Nouveau code PIN
pin-again = Répétez le nouveau code PIN
pin-current = Code PIN actuel
pin-limit-heading = Après trop de codes PIN incorrects
pin-limit =
    { $count ->
        [one] Effacer la clé du coffre après { $count } code PIN incorrect
       *[other] Effacer la clé du coffre après { $count } codes PIN incorrects
    }
settings-backup = Sauvegarde
settings-backup-button = Sauvegarder le coffre
settings-backup-explain = Une sauvegarde est un seul fichier chiffré. Gardez la phrase secrète à part : sans elle, personne, pas même vous, ne peut l'ouvrir.
backup-running = Écriture de la sauvegarde…
settings-restore-button = Restaurer depuis une sauvegarde
settings-restore-explain = La restauration ajoute à ce coffre les documents d'une sauvegarde. Rien de ce qui s'y trouve déjà n'est modifié.
restore-running = Restauration…
settings-content = Contenu sur les droits
settings-content-built-in = Contenu sur les droits du { DATETIME($date) }, intégré à l'application.
settings-content-pack = Contenu sur les droits du { DATETIME($date) }, fourni par { $publisher }, installé le { DATETIME($installed) }.
settings-content-explain = Une mise à jour du contenu est un seul petit fichier de l'éditeur de Huquq, qui se transmet comme n'importe quel autre fichier. Huquq l'installe seulement si elle est authentique et plus récente que le contenu que vous avez. Aucune connexion Internet n'est nécessaire.
settings-content-fallback = La mise à jour du contenu de ce téléphone n'a pas pu être lue : c'est donc le contenu intégré à l'application qui est affiché. Pour utiliser de nouveau la mise à jour, installez-la depuis son fichier.
settings-content-update = Mettre à jour le contenu depuis un fichier
settings-content-share = Partager le contenu
settings-erase = Tout effacer
settings-erase-warning = Ceci efface définitivement tous les documents et toutes les photos du coffre de ce téléphone, avec les clés qui l'ouvrent, et retire ses rappels. Les fichiers de sauvegarde que vous avez faits ne sont pas touchés. Cette action ne peut pas être annulée.
reminders-mark-done = Fait : le marquer comme fait aujourd'hui
reminders-marked-done = Marqué comme fait.
reminders-follow-up = Étape suivante ajoutée à vos rappels : { $procedure }
reminders-snooze = Me le rappeler plus tard…
reminders-reopen = Pas encore fait : me le rappeler de nouveau
reminders-days-before = Choisir les jours des rappels…
reminders-use-usual-days = Jours habituels
reminders-day-option =
    { $count ->
        [0] Le jour même
        [one] { $count } jour avant
       *[other] { $count } jours avant
    }
reminders-open-checklist = Ce qu'il faut préparer (liste de contrôle)
reminders-record-title = Que s'est-il passé ?
reminders-record-who = Qui cela concerne-t-il ?
reminders-record-none = Il n'y a encore rien à noter.

# A document in a list: its kind, then its number.
vault-document-title = { $kind } · { $number }
# Under a document in a list: its expiry, then how many pages.
vault-row-subtitle = { $expiry } · { $pages }
vault-payments-heading = Paiements
vault-deadlines-heading = Échéances
# A payment for a document: amount, currency, the day it was paid and the reference on the receipt.
vault-payment = { NUMBER($amount, minimumFractionDigits: 2) } { $currency } · { DATETIME($date) } · { $reference }
# Another person in a list, with who they are to the phone's owner.
vault-person-with-relation = { $name } ({ $relation })
# A backup or restore under way: items done out of all.
progress-of = { $done } sur { $total }
field-pin = Code PIN
field-passphrase = Phrase secrète
error-invalid-mismatch = { $field } : les deux saisies diffèrent. Rien n'a été modifié.
error-invalid-too-weak = { $field } : c'est trop court ou trop facile à deviner. Utilisez au moins 12 caractères qui ne suivent aucun schéma, ou la phrase secrète que Huquq propose. Rien n'a été modifié.

## Le journal des rencontres

error-not-found-journal-entry = Cette entrée du journal n'est pas dans votre coffre.
error-journal-broken = Une entrée du journal a été modifiée après avoir été écrite. Le journal indique laquelle.
error-invalid-in-future = { $field } : c'est dans le futur. Le journal note ce qui s'est déjà passé. Rien n'a été enregistré.
error-invalid-too-long = { $field } : c'est trop long. Raccourcissez le texte ou répartissez-le sur deux entrées. Rien n'a été enregistré.
field-place = Lieu
field-office = Bureau ou service
field-official = Nom, grade ou matricule de l'agent
field-demanded = Ce qu'on vous a demandé
field-documents = Documents
field-money-asked = Argent demandé
field-said = Ce qui a été dit
field-outcome = Comment cela s'est terminé
field-witnesses = Témoins
field-return-by = Date de retour promise
journal-kind-police-check = Contrôle de police
journal-kind-migration-office-visit = Visite au service des migrations
journal-kind-fine-or-protocol = Amende ou procès-verbal
journal-kind-document-taken = Document pris
journal-kind-document-returned = Document rendu
journal-kind-bribe-asked = Pot-de-vin demandé
journal-kind-detention = Détention
journal-kind-other = Autre rencontre avec des agents
journal-title = Journal
journal-add = Noter une rencontre avec des agents
journal-empty = Rien n'est encore noté. Notez chaque rencontre avec des agents dès que vous le pouvez : ce qui s'est passé, qui était là, ce qui a été demandé, pris ou payé. Une entrée ne peut pas être modifiée ensuite, seulement corrigée par une nouvelle entrée : ainsi, le journal peut montrer qu'il n'a pas été réécrit.
journal-when-day = { DATETIME($date) }
journal-when-time = { DATETIME($date) } à { $time }
journal-captured = Date d'écriture : { DATETIME($date) } à { $time }, d'après l'horloge de ce téléphone
journal-corrected = Une entrée plus récente corrige celle-ci
journal-correction = Corrige une entrée précédente
journal-chain-own = Votre journal
journal-chain-restored = Un journal venant d'une sauvegarde
journal-chain-intact =
    { $count ->
        [one] Intact : sa seule entrée n'a pas été modifiée depuis qu'elle a été écrite.
        [many] Intact : aucune de ses { $count } entrées n'a été modifiée depuis qu'elle a été écrite.
       *[other] Intact : aucune de ses { $count } entrées n'a été modifiée depuis qu'elle a été écrite.
    }
journal-chain-broken = Modifié après avoir été écrit : l'entrée { $position } ne correspond plus à son sceau. À partir de cette entrée, le journal ne peut pas montrer ce qui a été écrit.
journal-seal = Sceau : { $hash }
journal-position-own = Entrée { $position } de votre journal
journal-position-restored = Entrée { $position } d'un journal venant d'une sauvegarde
journal-document-shown = Document montré : { $document }
journal-document-taken = Document pris : { $document }
journal-document-returned = Document rendu : { $document }
journal-custody-heading = Documents gardés par un bureau
journal-custody-taken = Document pris le { DATETIME($date) } : { $office }
journal-custody-promised = Retour promis au plus tard le { DATETIME($date) }
journal-custody-returned = Document rendu le { DATETIME($date) }
journal-custody-held = Document toujours gardé
journal-correct-title = Corriger cette entrée
journal-form-note = Une fois enregistrée, une entrée est scellée et ne peut plus être modifiée. Si quelque chose est faux, enregistrez une correction : les deux restent dans le journal.
journal-field-kind = Ce qui s'est passé
journal-when-hint = 2026-12-01 ou 2026-12-01 14:30
journal-action-none = Pas concerné
journal-action-shown = Montré
journal-action-taken = Pris
journal-action-returned = Rendu
journal-save = Enregistrer et sceller

## Le dossier : un PDF pour un avocat, dans la langue de l'avocat avec celle de l'utilisateur à côté

error-not-found-language = Huquq n'a pas de textes dans la langue « { $id } ».
casefile-title = Dossier : rencontres avec des agents publics
# $date: the day the file was made.
casefile-made = Établi le { DATETIME($date) } au moyen de l'application Huquq, à partir des données conservées sur le téléphone de la personne concernée. Les textes rédigés par la personne concernée sont reproduits tels qu'ils ont été écrits.
casefile-about = Chaque entrée du journal a été scellée au moment de sa rédaction : son empreinte SHA-256 porte sur son contenu et sur l'empreinte de l'entrée précédente, de sorte qu'une entrée modifiée après coup ne correspond plus à son sceau. Une correction constitue une nouvelle entrée ; l'entrée corrigée est conservée. Les heures indiquées comme relevées d'après l'horloge du téléphone proviennent du téléphone et ne font pas, à elles seules, preuve de l'heure.
casefile-person = La personne concernée et ses documents
casefile-no-documents = La personne concernée a choisi de ne pas joindre ses documents.
casefile-timeline = Rencontres avec des agents publics, par ordre chronologique
casefile-no-entries = Aucune rencontre avec des agents publics n'a été consignée.
# $position: the entry's number in its journal; $when: when it happened; $kind: what kind of dealing.
casefile-entry-heading = { $position }. { $when } · { $kind }
casefile-corrects = Corrige l'entrée { $position }.
casefile-corrected-by = Corrigée par l'entrée { $position }.
# $numbers: the numbers of the pictures in the Pages section, "3, 4".
casefile-see-pictures = Images : { $numbers }
casefile-payments = Paiements
casefile-payee = Bénéficiaire
casefile-custody = Documents retenus par une administration
casefile-pages = Pages
# $number: the picture's number; $document: the kind of document; $page: its page number; $date: the day it was photographed.
casefile-picture-caption = Image { $number } : { $document }, page { $page }, photographiée le { DATETIME($date) } d'après l'horloge du téléphone
casefile-picture-original = Empreinte SHA-256 de la photo originale, telle que prise par l'appareil photo : { $hash }
casefile-picture-unreadable = L'image de cette page n'a pas pu être lue sur le téléphone.
casefile-law = Droit applicable
casefile-verification = Vérification du journal
casefile-verify-how = Pour vérifier le journal, ouvrir l'écran Journal sur le téléphone de la personne concernée : le sceau affiché doit être identique à celui reproduit ici, et l'application vérifie à nouveau chaque entrée. À partir d'une sauvegarde du téléphone, la commande huquq effectue la même vérification : huquq journal verify.
# $page: this page's number; $pages: how many pages in all.
casefile-footer = Dossier · page { $page } sur { $pages }
casefile-screen-title = Dossier pour un avocat
casefile-screen-note = Un seul PDF avec votre journal, les documents que vous choisissez, vos paiements et vos reçus, les pages liées à vos entrées, et les lois qui s'appliquent, dans la langue de l'avocat. Il contient des informations privées : donnez-le seulement à un avocat en qui vous avez confiance, chiffré si vous le pouvez.
casefile-lawyer-language = La langue de l'avocat
casefile-user-language = Votre langue, à côté
casefile-user-language-none = Seulement la langue de l'avocat
casefile-documents-label = Documents à mettre dedans, avec leurs numéros et leurs dates
casefile-pages-label = Autres pages à mettre dedans. Les pages liées à vos entrées et vos reçus y sont toujours.
casefile-encrypt = Chiffrer le fichier avec une phrase secrète
casefile-encrypt-hint = Conseillé. L'avocat l'ouvre avec le programme gratuit age ou avec Huquq. Donnez la phrase secrète par un autre moyen que le fichier : dites-la, ne l'envoyez pas avec le fichier.
casefile-export = Créer le dossier
casefile-making = Création du dossier…
# A page the user may add to the case file: $document is the document ("Passport · AA 1234567"), $page its page number.
casefile-page-choice = { $document }, page { $page }
# On a journal entry that records a passport taken: starts the reminders of the procedure named by $procedure ("Your passport at the migration office").
journal-custody-remind = Me rappeler quand le passeport doit être rendu : { $procedure }
