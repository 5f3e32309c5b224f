# Textes de l'interface.

-brand-name = Huquq

app-name = { -brand-name }
home-greeting = Connaître vos droits — même hors ligne, dans votre langue.
home-search-hint = Rechercher dans vos droits
home-topics-heading = Thèmes
home-cards-heading = Montrer à un agent
home-contacts-heading = Où trouver de l'aide

topic-article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }

article-sources-heading = Sources
article-related-heading = Voir aussi
article-cards-heading = Fiches à montrer à un agent
source-checked = Vérifié : { DATETIME($date) }

callout-note = Remarque
callout-tip = Conseil
callout-warning = Attention

confidence-verified = Vérifié sur le texte officiel
confidence-reported = D'après les sources citées, pas encore vérifié sur le texte officiel
confidence-unverified = Pas encore vérifié

notice-not-translated = Pas encore traduit en { $requested } — affiché en { $shown }.
notice-machine-translated = Traduction automatique depuis l'{ $original }, pas encore relue par une personne.
notice-unverified = Pas encore vérifié : { $details }

search-results =
    { $count ->
        [0] Aucun résultat pour « { $query } ».
        [one] { $count } résultat
       *[other] { $count } résultats
    }

card-show-hint = Montrez cet écran à l'agent.
card-official-text = En { $language }

languages-heading = Langues
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
error-storage = Huquq n'a pas pu lire ou écrire son dossier de données. Rien n'a été modifié.
error-content = Le contenu intégré n'a pas pu être chargé. Veuillez réinstaller l'application.

cli-topic-open-hint = Ouvrir un thème : huquq topics THÈME
cli-read-hint = Lire un article : huquq read ARTICLE
cli-card-hint = Montrer une fiche : huquq card FICHE
cli-phone = Téléphone : { $phone }
cli-website = Site web : { $website }
cli-error = Erreur
