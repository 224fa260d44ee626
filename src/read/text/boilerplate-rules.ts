/**
 * Named rules that recognise page furniture in scraped text: each looks at one line and says what kind of
 * boilerplate it is. Only short lines qualify for most rules, because an article paragraph may mention "subscribe"
 * in passing; the rules are ordered most specific first.
 */
import type { BoilerplateKind } from "../../core/document.js";
import type { Line } from "./lines.js";

export interface BoilerplateRule {
  readonly name: string;
  readonly kind: BoilerplateKind;
  /** Longest line, in words, the rule may claim: furniture is short, paragraphs are not. */
  readonly maxWords: number;
  readonly pattern: RegExp;
  /**
   * Patterns that claim the line too wherever they are found in it with no line break before them: what a branch
   * `.*X` of `pattern` says, found by a search for X instead of backtracking over the line from its end at each
   * branch (a rule for captions tried on nearly every paragraph spent most of its time so).
   */
  readonly foundAnywhere?: readonly RegExp[];
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: "advertisement-label",
    kind: "advertisement",
    maxWords: 6,
    pattern:
      /^[-–—–•*\s[(]*(advertisement|advertising|sponsored( content)?|ad|story continues( below( advertisement)?)?|story continued below|(advertisement )?continue reading the main story|paid content|anzeige|werbung|publicidad|publicité)[-–—•*\s\])]*$/i,
  },
  {
    name: "newsletter-cue",
    kind: "newsletter",
    maxWords: 40,
    pattern:
      // "Receive the latest local updates", "Get breaking news alerts": a sign-up box's pitch, with the kind of news
      // between the words.
      /\b(subscribe to (our|the) (?:[\w&'’-]+ ){0,3}(newsletter|mailing list)|sign up (here |now )?(for|to get|to receive)|(get|receive) the latest (?:[\w-]+ ){0,2}(news|updates|headlines)|get breaking news (alerts|emails|updates)|delivered (daily |weekly |directly |straight )?to your inbox|newsletter sign[- ]?up|join our mailing list)\b/i,
  },
  {
    // "Breaking News Emails", "Privacy policy | More Newsletters": a sign-up box's heading and links, labels no article
    // sentence is. ("Newsletters" alone is left to the menu it usually stands in, as one of its entries.)
    name: "newsletter-label",
    kind: "newsletter",
    maxWords: 6,
    pattern: /^(?:(?:breaking )?news (?:emails|alerts)|(?:privacy policy\s*[|•·]\s*)?more newsletters)$/i,
  },
  {
    // A sign-up form's small print, which only such forms use; the form's text runs long when scraped whole
    // ("… Email Sign Up By signing up you agree to receive email newsletters … This site is protected by reCAPTCHA").
    name: "newsletter-form",
    kind: "newsletter",
    maxWords: 120,
    pattern:
      /\b(by signing up,? you agree to|you (can|may) unsubscribe at any time|this site is protected by recaptcha|please verify you['’]re not a robot|sign up for the .{1,40} newsletter|this mailing list is powered by|will (?:handle|use|process) your (?:personal )?(?:information|data) in accordance with)\b/i,
  },
  {
    name: "subscription-prompt",
    kind: "subscription",
    maxWords: 30,
    pattern:
      /^(subscribe( now)?|already a subscriber\??|become a (member|subscriber)|log ?in to (read|continue)|create a free account|this (article|content) is for subscribers)\b|^(?:[^.!?]{1,40}[?!]\s+)?subscribe to our sister (?:title|publication|magazine|site)\b/i,
  },
  {
    name: "donation-appeal",
    kind: "donation",
    // An appeal runs to a paragraph of some length: "Every day we aim to answer … Please consider making a gift …".
    maxWords: 150,
    pattern:
      /\b(support (us|our work|(his|her|their) (work|patreon)|independent journalism|(?:\S+ ){1,2}(explanatory|independent) journalism)|donate (now|today|here)|(our|my|his|her) patreon|become a patron|(make|making) a (donation|contribution|gift)|if you (like|liked|enjoy|enjoyed|value) (our|this|his|her|my) (work|journalism|reporting|article))\b/i,
  },
  {
    name: "separator",
    kind: "other",
    maxWords: 0,
    // A lone bullet between the entries of a list of links is one too.
    pattern: /^(?:(?:[_\-*=~•·#]\s*){3,}|[•·])$/,
  },
  {
    name: "relative-timestamp",
    kind: "navigation",
    maxWords: 8,
    pattern:
      /^(updated|published|posted|last updated)\s+(\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|just now|yesterday|today|moments ago)$/i,
  },
  {
    name: "header-label",
    kind: "navigation",
    maxWords: 2,
    pattern:
      /^(published|updated|posted|last updated|save|saved|listen|print|comments?|skip to (main )?content|menu|search|advertisement)\s*:?$/i,
  },
  {
    // "GETTY", "Getty Images", "Shutterstock" alone on a line: the credit of the photo above it, set apart from its
    // caption. Case-sensitive names of picture libraries, which a paragraph never is.
    name: "picture-credit",
    kind: "caption",
    maxWords: 4,
    pattern:
      /^\(?(?:GETTY(?: IMAGES)?|Getty Images|Getty|SHUTTERSTOCK|Shutterstock|iStock(?:photo)?|ALAMY|Alamy|Pixabay|Unsplash|Pexels)(?:\s*(?:\/|via)\s*[\p{L} ]{2,30})?\)?$/u,
  },
  {
    name: "share-bar",
    kind: "share",
    maxWords: 12,
    pattern:
      /^(share( this( article| story| post| page)?)?( on)?:?|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|pocket|telegram|tumblr|flipboard|viber|vkontakte|odnoklassniki|copy link)(\s*[|•·,/]?\s*(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|pinterest|pocket|telegram|tumblr|flipboard|viber|vkontakte|odnoklassniki|copy link))*:?$/i,
  },
  {
    // "Show more sharing options", "Copy Link URLCopied!", "Print this article", "1.2k shares": a share widget's
    // buttons and counter, each on a line of its own when scraped. "Click to share on Twitter (Opens in new window)",
    // "Click to email this to a friend (Opens in new window)": a button's label with its screen-reader note.
    name: "share-widget",
    kind: "share",
    maxWords: 12,
    pattern:
      /^((show more|close extra) sharing options|click to (share on [\p{L} ]{2,20}|email this to a friend|print)( \(opens in new window\))?|share close extra sharing options|click to copy (url|link)|copy link( url)?\s*(copied!?)?|link copied!?|(print|e-?mail) this (article|page|story|post)|share (this )?(on|via|to) (facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|pinterest|flipboard)|flipboard|[\d.,]+k? shares?|shares|share options)$/iu,
  },
  {
    // "We want to hear what you think about this article. Submit a letter to the editor or write to letters@…": the
    // magazine's call for letters under the article.
    name: "letters-prompt",
    kind: "other",
    maxWords: 40,
    pattern:
      /^(?:we want to hear what you think about this (?:article|story)\b|submit a letter to the editor\b)|\bwrite to letters@/i,
  },
  {
    // "Share All sharing options for: Ferry fares rise again": a share menu's label, which names the story it shares
    // (the headline, of any length) after the colon.
    name: "sharing-options-for",
    kind: "share",
    maxWords: 40,
    pattern: /^share all sharing options(?: for:.*)?$/i,
  },
  {
    // "Your email address will not be published. Required fields are marked *", "Name *": a comment form's labels and
    // small print, scraped under the article.
    name: "comment-form",
    kind: "comments",
    maxWords: 40,
    pattern:
      /\b(your email address will not be published|required fields are marked|save my name, email,? and website|notify me of (new|follow-up) (comments|posts)|you must be logged in to post a comment|this site uses akismet)\b|^(name|e-?mail|comment|website)\s*\*$|^(post|submit) comment$/i,
  },
  {
    // "Thanks for signing up!", "See all newsletters": the messages of a sign-up box, which a scraper keeps although
    // the page only shows them after a click.
    name: "newsletter-message",
    kind: "newsletter",
    maxWords: 30,
    pattern:
      /^(thanks?( you)? for (signing up|subscribing)!?|see all newsletters|sign up (to|for) (our |the )?newsletters?|there was an error processing your subscription\.?|please check the opt-in box\b.*|keep an eye on your inbox\b.*|you('re| are) (all )?(signed up|subscribed)!?)$/i,
  },
  {
    // "Skip to content", "Skip to main content Skip to navigation", "Jump to navigation Skip navigation", "Zum Inhalt
    // springen": a page's links for keyboard and screen-reader users, first in its text.
    name: "skip-link",
    kind: "navigation",
    maxWords: 12,
    pattern:
      /^(?:(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)|skip (?:navigation|content)|(?:zum|zur) (?:inhalt|navigation|hauptnavigation|suche) springen|springe (?:direkt )?(?:zum|zur) (?:inhalt|navigation|suche)|aller au contenu|ir al contenido|saltar al contenido)\b\W*(?:\[accesskey[^\]]*\])?\s*)+$/i,
  },
  {
    // "Dismiss", "Got it", "No thanks": the buttons of a page's pop-up, scraped with it.
    name: "dialog-button",
    kind: "other",
    maxWords: 2,
    pattern: /^(dismiss|got it!?|no,? thanks!?|maybe later)$/i,
  },
  {
    // "These are external links and will open in a new window", "Close share panel", "Share this with Email": the
    // labels of a share panel that opens over the article, scraped whole with its buttons.
    name: "share-panel",
    kind: "share",
    maxWords: 12,
    pattern:
      /^(?:these are external links and will open in a new window|(?:open|close) (?:the )?share panel|read more about sharing\.?|copy this link|share this with(?: (?:email|facebook|messenger|twitter|pinterest|whatsapp|linkedin|reddit))?)$/i,
  },
  {
    // "Beitrag teilen:", "Teilen Sie dies mit:", "Partager cet article", "Compartir": a share bar's label in the other
    // languages of scraped pages.
    name: "share-label",
    kind: "share",
    maxWords: 5,
    pattern:
      /^(?:(?:diesen )?(?:beitrag|artikel) teilen|teilen sie dies mit|jetzt teilen|teilen|partager(?: cet article| sur)?|compartir(?: en| este artículo)?|condividi(?: su)?|delen)\s*:?$/i,
  },
  {
    // "Rate this article:", "Wir freuen uns, wenn du unseren Beitrag bewertest:": a rating widget under the article.
    name: "rating-prompt",
    kind: "other",
    maxWords: 12,
    pattern:
      /^(?:rate this (?:article|post|recipe|story)|was this (?:article|page|post) helpful\??|how useful was this (?:post|article)\??|click on a star to rate it!?|wie (?:hat|gefällt) (?:dir|ihnen) (?:dieser|der) (?:beitrag|artikel)\??|wir freuen uns,? wenn (?:du|sie) (?:unseren|diesen) (?:beitrag|artikel) bewerte(?:st|n))\s*:?$/i,
  },
  {
    // "This article was reprinted on …", "This story was originally published by …": a note on where the piece ran.
    name: "reprint-note",
    kind: "other",
    // Short: a sentence of the article that says where a story ran goes on longer.
    maxWords: 12,
    pattern:
      /^this (?:article|story|post|piece) (?:was|has been|is) (?:(?:reprinted|republished|originally published) (?:on|in|by|at|with)\b.*|adapted from its original source\.?)$/i,
  },
  {
    // "From the book The Long Crossing by Jane Roe. Copyright © 2019 by Jane Roe. Reprinted by permission of Harbour
    // Books.": the credit under an excerpt from a book, which closes it (CLOSING_FURNITURE_RULES in index.ts).
    name: "reprint-credit",
    kind: "other",
    maxWords: 60,
    pattern: /\breprinted (?:by|with) (?:the )?(?:kind )?permission\b/i,
  },
  {
    // "Via SyndiGate.info", "Via Harbour Wire": a syndicated story's source, alone on a line under the text. Two words
    // at most after "via", no sentence: "Via the harbour road, the ferry…" is the article's.
    name: "via-source",
    kind: "footer",
    maxWords: 4,
    pattern: /^via\s+\p{Lu}[\p{L}\d.'’&-]*(?:\s+\p{Lu}[\p{L}\d.'’&-]*)?$/iu,
  },
  {
    // "VIDEO03:45", "Video 2:31": an embedded video's label and running time (its clip's title follows on the next
    // line, which the reader marks with it).
    name: "video-duration",
    kind: "related",
    maxWords: 4,
    pattern: /^video\s*\d{1,2}:\d{2}(?::\d{2})?$/i,
  },
  {
    // "Follow AP's full coverage of the election at …": a wire story's closing pointer to its agency's other stories.
    name: "coverage-pointer",
    kind: "related",
    maxWords: 30,
    // The line ends with the link or "here": a sentence that only mentions coverage does not.
    pattern:
      /^(?:follow|see|read) (?:AP['’]s|our|the) (?:full |complete |latest |continuing )?coverage of\b.*(?:https?:\/\/\S+|\bhere)\.?$/i,
  },
  {
    // "SURVEY", "Give Feedback", "Tell us what you think of our new look": a site's request for feedback on itself.
    name: "feedback-prompt",
    kind: "other",
    maxWords: 30,
    pattern:
      /^(?:survey|give (?:us )?(?:your )?feedback|send feedback|(?:welcome to our new (?:article )?(?:page|site|look)\b.*\s)?tell us what you think (?:about|of) our new\b.*)$/i,
  },
  {
    // "ITV, ASSOCIATED PRESS", "AP / REUTERS": the credit of a lead photo, sources in capitals with a separator, one of
    // them an agency. Case-sensitive: a line in capitals is a label, not a sentence that names an agency.
    name: "agency-credit",
    kind: "caption",
    maxWords: 8,
    pattern:
      /^(?=[^\p{Ll}]*$)(?=.*[,/])(?=.*\b(?:AP|ASSOCIATED PRESS|REUTERS|AFP|GETTY IMAGES|EPA|DPA|POOL|XINHUA|ANADOLU|SHUTTERSTOCK|ALAMY)\b)[\p{Lu}\d ,.&/'’()-]+$/u,
  },
  {
    // "x", "×", "Close": the close button of a pop-up or a menu, scraped as a line of its own (often the page's first,
    // where it would otherwise pass for a one-word headline).
    name: "close-button",
    kind: "other",
    maxWords: 1,
    // Case-sensitive: "CLOSE" in capitals opens a video's caption (the photo-caption rule).
    pattern: /^(?:[xX×✕✖]|[Cc]lose|[Ss]chlie(?:ß|ss)en|[Ff]ermer|[Cc]errar|[Cc]hiudi)$/,
  },
  {
    // "Login", "Log inRegister", "Anmelden": a page's account links, labels no article opens with.
    name: "account-link",
    kind: "navigation",
    maxWords: 3,
    pattern:
      /^(?:log ?in|sign ?in|login|anmelden|einloggen|registrieren|register|my account|mein konto|(?:log ?in|sign ?in|login)\s*[/|]?\s*(?:register|sign ?up|registrieren)|(?:log ?in|login)\s+(?:deutsch|english|français|italiano))$/i,
  },
  {
    // "Sharing is caring!", "Like this:", "Like Loading...": a blog's share and like widgets (WordPress's among them),
    // scraped around the post.
    name: "like-widget",
    kind: "share",
    maxWords: 3,
    pattern:
      /^(?:sharing is caring!?|like this:?|like loading(?:\.{3}|…)?|gefällt mir:?|liken lade\s*(?:\.{3}|…)?|me gusta:?|me gusta cargando(?:\.{3}|…)?)$/i,
  },
  {
    // "Previous Next", "Back to gallery", "3 of 12": a gallery's or a pager's controls.
    name: "pager",
    kind: "navigation",
    maxWords: 4,
    pattern: /^((previous|prev|next)( (previous|prev|next))?|back to (gallery|top)|\d+ (of|\/) \d+)$/i,
  },
  {
    // "Previous articleFerries Run Late Again", "Next post: The Pier Reopens": the links to the stories either side.
    name: "pager-link",
    kind: "navigation",
    maxWords: 25,
    pattern: /^(?:previous|prev|next) (?:article|post|story)\s*:?\s*\S/i,
  },
  {
    // "@janeroe" alone under a byline: the writer's social handle.
    name: "social-handle",
    kind: "share",
    maxWords: 2,
    pattern: /^@\w{2,30}$/,
  },
  {
    // "'Protecting our democracy': DNC chair defends suit Read more": a link to another article, its headline
    // followed by the link text, set inline between paragraphs.
    name: "inline-related",
    kind: "related",
    maxWords: 30,
    pattern: /^\S.*\s(read more|read more here)\.?$/i,
  },
  {
    // "More:Harbour strike ends after two weeks": a link to another article, its headline after "More:" (often with no
    // space), as a newspaper site sets one between paragraphs. A headline opens with a capital and has no final full
    // stop; "More: the council will vote again in June, officials said." is a sentence and stays.
    name: "more-colon-headline",
    kind: "related",
    maxWords: 25,
    pattern: /^(?:More|MORE):\s?["'‘“]?\p{Lu}.*[^.]$/u,
  },
  {
    // "Read: Two ferries collide off the harbour", "READ: …": a link to another article, its headline after "Read:",
    // set between paragraphs. A headline has no final full stop; "Read: the council's full statement." stays.
    name: "read-colon-headline",
    kind: "related",
    maxWords: 25,
    pattern: /^(?:Read|READ|Read also|Also read|ALSO READ):\s?["'‘“]?\p{Lu}.*[^.:]$/u,
  },
  {
    // "CLICK HERE TO GET THE FOX NEWS APP", "Download the BBC News app": an app promotion.
    name: "app-promo",
    kind: "other",
    maxWords: 14,
    pattern:
      /^(?:(?:click|tap) here (?:to |for )|(?:(?:click|tap) here to )?(?:get|download|install) )(?:the|our) .{1,40}\bapp\b.*$|^(?:laden sie (?:sich )?|holen sie sich )(?:unsere|die) (?:\S+ )?app\b.{0,80}$|^(?:téléchargez|descarga|descargue) (?:notre|nuestra|la) (?:\S+ )?app.{0,80}$/i,
  },
  {
    // "LISTEN TO ARTICLE 4:12 SHARE THIS ARTICLE Share Tweet Post Email": an audio player and a share bar on one line.
    name: "listen-share-bar",
    kind: "share",
    maxWords: 14,
    pattern: /^(listen to (this )?article\b.*)?share this (article|story)\b.*$/i,
  },
  {
    // "Do You Approve Or Disapprove of the Mayor? Vote Now in Urgent Poll": a poll that advertises a mailing list.
    name: "poll-bait",
    kind: "advertisement",
    maxWords: 30,
    pattern: /\bvote now in (our )?(urgent |exclusive )?poll\b/i,
  },
  {
    // "5 years ago", "[pullquote]": a page's relative time stamp or a template's placeholder, left on a line.
    name: "page-stamp",
    kind: "navigation",
    maxWords: 8,
    pattern:
      /^((updated|posted|published|last updated)( at| on)? \d{1,2}:\d{2}\s*(a\.?m\.?|p\.?m\.?)?( [A-Z]{2,4})?|\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago|\[\/?(pullquote|caption|embed|related)\])$/i,
  },
  {
    // "Read or Share this story: http://usat.ly/2ayhSfN": a share prompt with the article's short link.
    name: "share-link",
    kind: "share",
    // The line's word count includes the parts of the link ("…/news/politics/2019/01/17/…").
    maxWords: 30,
    pattern: /^(read (or|and) )?share (this|the) (article|story|post|page)\s*:?\s*(https?:\/\/\S+)?$/i,
  },
  {
    name: "social-follow",
    kind: "share",
    maxWords: 12,
    pattern:
      /^[-–—•*\s]*(follow|find)\b.*(\bon (x|twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|mastodon)\b|@\w+)/i,
  },
  {
    name: "breadcrumb",
    kind: "navigation",
    maxWords: 12,
    pattern: /^[\p{L}][\p{L} &'-]{0,30}(?:\s+[|>›»/]\s+[\p{L}][\p{L} &'-]{0,30}){2,}$/u,
  },
  {
    // "Home / Politics / Budget talks stall", "Startseite > News > …", "Sie sind hier: Startseite / Aktuelles / …": the
    // page's trail of sections down to the article, which opens with the site's home and may end in the article's
    // own headline (too long for the breadcrumb rule above). The headline stands on its own line too.
    name: "breadcrumb-trail",
    kind: "navigation",
    maxWords: 40,
    pattern:
      /^(?:(?:you are here|sie sind hier|du bist hier|vous êtes ici|usted está en|está en)\s*:\s*)?(?:home|homepage|startseite|start|accueil|inicio|portada)\d?\s*[/>»›]\s*\S.*[/>»›]/iu,
  },
  {
    // "Author PostsWebsiteMastodonGithubRss", "About UsJobs at the PostAdvertise": a row of link labels scraped with
    // nothing between them, a small letter running into a capital again and again, and no sentence's end. Product
    // names run letters together too ("MacBook", "iPhone", "YouTube"), once a word: it takes four such joins, two of
    // them in one word ("PostsWebsiteMastodon").
    name: "glued-labels",
    kind: "navigation",
    maxWords: 15,
    pattern: /^(?=(?:.*?\p{Ll}\p{Lu}){4})(?=.*?\p{Ll}\p{Lu}\S*?\p{Ll}\p{Lu})[^.!?]*$/u,
  },
  {
    // "Home News Science & Astronomy": a trail of section links scraped with spaces for separators, opening with the
    // site's home and naming a news section. Every word capitalised; a section's name keeps "Home Prices Soar" out.
    name: "breadcrumb-words",
    kind: "navigation",
    maxWords: 7,
    pattern:
      /^Home\s+(?=(?:.*\s)?(?:News|Politics|Sports?|Science|Business|Tech|Technology|World|Opinion|Entertainment|Health|Lifestyle|Culture|Local|Travel|Money|Markets|Arts)(?:\s|$))(?:\p{Lu}[\p{L}'’-]*|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|&)){0,5}$/u,
  },
  {
    // "Front Page » Transportation » Ferry fares rise": a trail of sections set off by chevrons, whatever its first
    // entry is called; the last entry may be the article's own headline, which the page sets on its own line too.
    // Chevrons, unlike slashes and bars, do not stand between the words of a headline.
    name: "breadcrumb-chevrons",
    kind: "navigation",
    maxWords: 40,
    pattern: /^(?:[\p{L}\d][\p{L}\d &'’.,-]{0,30}?\s*[»›>]\s*){2,}\S/u,
  },
  {
    name: "related-links",
    kind: "related",
    maxWords: 30,
    pattern:
      /^(related( articles| stories| coverage| content)?|read (more|also|next)|see also|more (on|from) (this|our)|you (may|might) (also )?like|recommended( for you)?|most (read|popular)|trending( now)?|read the (rest|full (story|article)) (here|at)|continue reading|click here to read)\b|^(also see|more|don['’]t miss):?$/i,
  },
  {
    name: "cookie-banner",
    kind: "cookie",
    maxWords: 60,
    pattern: /\b(we use cookies|this (site|website) uses cookies|accept (all )?cookies|cookie (policy|settings))\b/i,
  },
  {
    // "We use cookies and other tracking technologies to … please read our Cookie Policy …": a consent banner runs
    // longer than the short-line rule allows when it lists its purposes; a paragraph of an article does not open with
    // the site's own "we use cookies", nor ask the reader's consent to "our use of cookies".
    name: "cookie-banner-long",
    kind: "cookie",
    maxWords: 150,
    pattern: /^(?:(?:this (?:site|website) uses|we use) cookies\b|.*\byou (?:consent|agree) to our use of cookies\b)/i,
  },
  {
    name: "comments-block",
    kind: "comments",
    maxWords: 12,
    pattern:
      /^(\d+\s+)?(comments?|no comments yet|leave a (reply|comment)|join the (discussion|conversation)|show comments|view comments|schreibe (eine antwort|einen kommentar)|hinterlasse einen kommentar|kommentar schreiben|deja un comentario|laisser un commentaire|lascia un commento)\b/i,
  },
  {
    // "Join our Harbour Forums to keep talking about the ferries!": the site's invitation to its forum or community,
    // under an article.
    name: "forum-invite",
    kind: "comments",
    maxWords: 50,
    pattern: /^join (?:our|the) (?:[\p{L}&'’-]+ ){0,3}(?:forums?|community|discord)\b/iu,
  },
  {
    // "4 Kommentare", "Keine Kommentare", "12 comentarios", "Commentaires (3)": a comment count in the other languages
    // of scraped pages, a label of the page alone on its line.
    name: "comment-count",
    kind: "comments",
    maxWords: 3,
    pattern:
      /^(?:\d+|keine|kein|ein|sin|aucun|nessun)?\s*(?:kommentare?|comentarios?|comentários?|commentaires?|commenti|commento|reacties|reactie)\s*(?:\(\d+\)|:\s*\d+)?$/iu,
  },
  {
    // "5 thoughts on “Why the ferries run late”", "One response to “…”": a blog's heading over the comments under a
    // post, in the words the common blog themes set it in.
    name: "comments-heading",
    kind: "comments",
    maxWords: 40,
    pattern:
      /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|comments?|replies|reply)\s+(?:on|to)\s+["“‘«]/iu,
  },
  {
    // "Reply" alone under a reader's comment: its answer button.
    name: "reply-button",
    kind: "comments",
    maxWords: 1,
    pattern: /^(?:reply|antworten|répondre|responder)$/iu,
  },
  {
    // "Recent Posts", "Archives", "Entries feed", "Select Month": the headings and links of a blog's sidebar widgets,
    // labels the common blog software sets whatever the blog.
    name: "blog-widget",
    kind: "navigation",
    maxWords: 4,
    pattern:
      /^(?:recent (?:posts|comments|entries)|archives|categories|blogroll|entries (?:feed|rss)|comments (?:feed|rss)|wordpress\.org|select (?:month|category)|search for:|menu and widgets|post navigation)$/i,
  },
  {
    // "December 2019 (6)": a blog's archive, each month with its count of posts.
    name: "archive-month",
    kind: "navigation",
    maxWords: 4,
    pattern:
      /^(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember)\s+\d{4}\s*\(\d+\)$/iu,
  },
  {
    // "A harbour pilot and writer. View all posts by Jane Roe": the author box under a blog post, with its link.
    name: "view-all-posts",
    kind: "author-bio",
    maxWords: 80,
    pattern: /\bview all posts by\s+\p{Lu}[\p{L}'’ .-]{1,60}$/iu,
  },
  {
    // "Canada (français)", "India (हिंदी)", "United States (English) - en": a site's list of its editions, a country
    // and its language (a language in another script is named in that script).
    name: "edition-picker",
    kind: "navigation",
    // Combining accents split words in the count: "Việt Nam (Tiếng Việt)" written with them counts 7.
    maxWords: 8,
    pattern:
      /^\p{L}[\p{L}\p{M} .'’-]{1,40}\s\((?:english|español|français|deutsch|nederlands|português|italiano|polski|svenska|norsk[^)]*|dansk|suomi|magyar|čeština|türkçe|română|bahasa (?:indonesia|melayu)|ti\p{L}\p{M}*ng vi\p{L}\p{M}*t|latino|[^()]*(?=\p{L})\P{Script=Latin}[^()]*)\)\p{Cf}*(?:\s*-\s*[a-z]{2})?$/iu,
  },
  {
    // "Get The Brief. Sign up to receive the top stories … Choose your country United States Afghanistan …": a sign-up
    // form scraped whole with its list of countries, far longer than the pitch alone.
    name: "newsletter-country-form",
    kind: "newsletter",
    maxWords: 800,
    pattern: /\bsign up to receive\b.{0,200}\bchoose your country\b/i,
  },
  {
    // "Interested in Ferries? Add Ferries as an interest to stay up to date on the latest Ferries news …": a prompt to
    // follow the story's topic, with the topic's name set into a fixed sentence.
    name: "topic-follow-prompt",
    kind: "subscription",
    maxWords: 60,
    pattern: /^interested in [^?]{1,80}\? add .{1,80} as an interest\b/i,
  },
  {
    // "Watch the latest video at video.harbourtv.example": a player's link scraped in place of the clip.
    name: "latest-video-link",
    kind: "related",
    maxWords: 8,
    pattern: /^watch the latest videos? at \S+\.\S+$/i,
  },
  {
    // "Loading..." alone: a widget the scraper caught before it loaded (a chart, a poll, an embedded post).
    name: "loading-placeholder",
    kind: "other",
    maxWords: 1,
    pattern: /^loading\s*(?:\.{3}|…)?$/i,
  },
  {
    // "Advertisement Advertisement": two ad slots' labels scraped onto one line.
    name: "advertisement-labels",
    kind: "advertisement",
    maxWords: 6,
    pattern: /^(?:advertisement\s*){2,}$/i,
  },
  {
    // "Full Coverage: Ferry Strike", "SPECIAL COVERAGE: Ferries", "( Also on HARBOUR POST: The pier reopens)": a link to
    // the outlet's page on the
    // story or to another of its stories, set between paragraphs under the label the outlet always uses.
    name: "coverage-link",
    kind: "related",
    maxWords: 20,
    pattern:
      /^(?:(?:[Ff]ull|[Ss]pecial) [Cc]overage:\s*\S.*|(?:FULL|SPECIAL) COVERAGE:\s*\S.*|\(\s*[Aa]lso on \p{Lu}[^:()]{1,40}:[^()]*[^.()\s]\s*\))$/u,
  },
  {
    // "next Image 3 of 12", "prev Image 2 of 12": a photo gallery's buttons.
    name: "gallery-control",
    kind: "navigation",
    maxWords: 6,
    pattern: /^(?:next|prev|previous) (?:image|photo|slide) \d+ of \d+$/i,
  },
  {
    // "Click for more from Harbour Buzz.": a link to the column's or show's page under the article.
    name: "click-for-more",
    kind: "related",
    maxWords: 12,
    pattern: /^click (?:here )?for more (?:from|on) \S.{0,60}$/i,
  },
  {
    // "Get Columns Like This In Your Inbox": a newsletter's button.
    name: "inbox-button",
    kind: "newsletter",
    maxWords: 10,
    pattern: /^get .{1,50} in your inbox[.!]?$/i,
  },
  {
    // "[audio-clip]", "[embedded content]": the scraper's placeholder for an embed it did not keep.
    name: "embed-placeholder",
    kind: "other",
    maxWords: 3,
    pattern: /^\[(?:audio[- ]clip|video[- ]clip|embedded content|embed)\]$/i,
  },
  {
    name: "paywall-prompt",
    kind: "paywall",
    maxWords: 40,
    pattern:
      /\b(you have reached your (free )?(article )?limit|to continue reading|subscribe to (continue|read|unlock)|for unlimited access)\b/i,
  },
  {
    // "Write to Jane Roe at jane.roe@example.com": the writer's address under the article.
    name: "write-to",
    kind: "footer",
    maxWords: 14,
    pattern: /^(?:write to|email|e-mail|contact|reach) .{2,60} at \S+@\S+\.\w+\.?$/i,
  },
  {
    name: "credit-line",
    kind: "footer",
    maxWords: 40,
    pattern:
      /^\(?(reporting by|additional reporting by|editing by|writing by|compiled by|edited by|produced by)\b|\bcontributed (reporting )?to this (report|story|article)\.?\)?$|^[•*-]?\s*this (article|report|story) is based (in part )?on wire (service )?reports\b/i,
  },
  {
    // "Jane Roe is a law professor at … Follow her on Twitter @janeroe. The opinions expressed are her own.": an
    // op-ed contributor's note, one paragraph that introduces the writer and disowns the outlet.
    name: "contributor-note",
    kind: "author-bio",
    maxWords: 90,
    pattern:
      /^(?=[\p{L}.'’ -]{2,60}\s(?:is|was)\s(?:(?:a|an|the)\s)?)(?=.*\b(?:(?:views|opinions) expressed\b.*\b(?:own|author)\b|follow (?:him|her|them) on (?:twitter|x)\b|(?:his|her|their) [\p{L} ]{0,30}column appears\b))/iu,
  },
  {
    name: "editorial-disclaimer",
    kind: "other",
    maxWords: 40,
    pattern:
      /^(the (views|opinions) expressed (by (columnists|contributors|the author) )?(here |in this (article|piece|column) )?are (those of )?(the author|their own|his own|her own)|the views (and opinions )?expressed (here |in (the|this) (article|piece|column) )?(are those of the author and )?do not necessarily reflect\b|-*\s*this (interview|article|story|report|transcript) (has been|was) (edited|condensed|updated|amended|corrected)|(you can read diverse opinions|in addition to its own editorials,? .{1,30} publishes diverse opinions)|send letters to\b|the [a-z' ]{1,30} is a (reported |weekly |daily )?column by\b|this is a rush transcript|this article is more than (a|an|one|\d+) (hours?|days?|weeks?|months?|years?) old|content created by .{2,60} is available without charge|correction:|editor['’]?s note:)/i,
  },
  {
    name: "release-label",
    kind: "other",
    maxWords: 6,
    pattern: /^(for immediate release|press release|news release|embargoed until\b.*)$/i,
  },
  {
    name: "tags-line",
    kind: "navigation",
    maxWords: 40,
    // "Tag: budget" and "Related Roundup: Ferries" too: a post's single label and its link to a roundup page.
    // "Filed under jane roe , harbour films", "Tagged Ferries, Harbour Council": the labels after "Filed under" or a
    // blog's "Tagged" without a colon, a list of names with no sentence's small words ("Filed under seal, the documents
    // show…" is the article's).
    pattern:
      /^(?:(tags?|topics|filed (under|to)|categories|category|posted in|related roundups?)\s*:|(?:filed under|tagged)\s+(?!.*\b(?:the|a|an|that|was|is|were|are|said|by)\b)[^:]{2,}$)/i,
  },
  {
    // "Buy through a link here and Harbour Post may receive a share of sales", "we use income-earning affiliate
    // links", "Harbour Post is supported by its readers": the disclosure a shopping or review site
    // sets by its links; article sentences about such commissions seldom use these words.
    name: "affiliate-disclosure",
    kind: "advertisement",
    maxWords: 45,
    pattern:
      /\b(?:we use (?:income[- ]earning )?(?:auto )?affiliate links|(?:may|might) (?:get|earn|receive|collect) a share of (?:the )?sales?|this (?:post|article|page) (?:may )?contains? affiliate links|is supported by its (?:audience|readers))\b|^(?=.*\b(?:links?|purchases?|buy|bought)\b).*\b(?:may|might) (?:get|earn|receive|collect) an? (?:small )?(?:affiliate )?commission\b/i,
  },
  {
    // "I agree that Harbour Sports may send me offers": a sign-up form's consent line.
    name: "consent-line",
    kind: "newsletter",
    maxWords: 40,
    pattern: /^I agree that\b.{1,60}\b(?:can|may) (?:send|email|contact) me\b/i,
  },
  {
    // "Was this email forwarded to you by a friend?", "Get our Harbour Politics newsletter", "Join the Harbour
    // Deals newsletter today", "you may occasionally receive promotional content", "Get breaking harbour news and
    // the latest updates on the ferries and more!": a newsletter's prompts.
    name: "newsletter-prompt",
    kind: "newsletter",
    maxWords: 25,
    pattern:
      /\b(?:was this email forwarded to you\b|(?:get|join) (?:our|the) (?:[\w&'’-]+ ){0,3}newsletters?(?: here| now| today)?[.!]?$|you may occasionally receive promotional content\b)|^get (?:breaking|the latest|the best of) [^.!?]{0,100}(?:delivered|in your inbox|and more)[.!]?$/i,
  },
  {
    // "Harbour Post belongs to Ferry Media Inc, a leading digital publisher", "Contact us: editor@harbourpost.example",
    // "Want to reach us? Get in touch with our team.": the site's lines about itself in its footer.
    name: "site-about-line",
    kind: "footer",
    maxWords: 40,
    pattern:
      /\b(?:an? international media group|leading digital publisher|visit our corporate site|get in touch with our team)\b|^contact us\s*:?\s*\S+@\S+$/i,
  },
  {
    name: "copyright-footer",
    kind: "footer",
    maxWords: 40,
    pattern: /^(©|\(c\)|copyright\b|our standards:)|all rights reserved|\bterms of (use|service)\b.*\bprivacy\b/i,
  },
  {
    // "JUST WATCHED Fox anchor challenges Trump Replay More Videos ... MUST WATCH Fox anchor challenges Trump 01:37":
    // an embedded video player's playlist entry as scraped, the clip's title twice and its running time.
    name: "video-playlist",
    kind: "related",
    maxWords: 80,
    pattern: /^(?:JUST WATCHED\s.*|.*\bReplay More Videos\b.*|MUST WATCH\s.*\b\d{1,2}:\d{2})$/,
  },
  {
    // "Photos: The first debate … Hide Caption 1 of 24 Photos: …": a photo gallery as scraped, every slide's caption
    // run into one line, however long (a gallery of 40 slides is a paragraph of 2,000 words).
    name: "photo-gallery",
    kind: "caption",
    maxWords: Number.POSITIVE_INFINITY,
    pattern: /\bHide Caption \d+ of \d+\b/,
  },
  {
    // "Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP", "Image copyright AP Image caption …": a photo's
    // credit and caption as a page's image widget renders them, its button labels first.
    name: "image-widget",
    kind: "caption",
    maxWords: 80,
    pattern:
      // "Media captionWho is …": the label runs into the caption, without a space, when scraped.
      /^(?:(?:enlarge this image|.*\btoggle caption|image (?:copyright|caption)|media playback is unsupported|(?:hide|show) caption)\b.*|media caption.*|close|slideshow \(\d+ images?\))$/i,
  },
  {
    // "(Photo: Jane Roe/AP)", "Image caption …", the caption a share bar opens and a credit ends ("Facebook Twitter
    // Pinterest The senator at a hearing. Photograph: Jane Roe/EPA"), and one a staff credit opens ("Jane Roe/Staff
    // Pupils play recorders in a music class.").
    name: "photo-caption",
    kind: "caption",
    maxWords: 60,
    pattern:
      /^(\(?\s*(image caption|photo caption|image source|(?:image|photo|picture) credit|(?:header|featured|top|lead) (?:image|photo)|photos?|image|picture|video|credit|caption|file photo)\s*[:/]|(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}'’-]*\/(?:staff|file|pool)\s+\p{Lu}.*)/iu,
    // A look-ahead for the first letters lets the search skip the positions no name can start at.
    foundAnywhere: [
      /\((ap|afp|reuters|getty images|epa|photo)[^)]*\)\s*$/iu,
      /(?=[gar])\b(getty images|ap photo|afp photo|reuters\/[a-z]+)\b.*$/iu,
      /(?=[pic])\b(photograph|illustration|composite): [^.]{2,80}$/iu,
    ],
  },
  {
    // "Astronauts in their pods, as the film showed them. Credit: Harbour Studios", "A map of the crater. Image credit:
    // NASA": a photo's caption that ends with its credit label and the source's name (a few words, no full stop).
    name: "credit-suffix-caption",
    kind: "caption",
    maxWords: 150,
    pattern: /(?:^|[.!?)]\s+)(?:(?:photo|image|picture) )?credits?:\s*[\p{Lu}\d][^.!?:]{0,60}$/iu,
  },
  {
    // "… at the port on Monday. (Ola Berg/Reuters)", "(Mara Kovac / Riverside Gazette)", "A ferry leaves the harbour
    // (Image: @harbourdesk)": a photo's caption or credit line ending in the credit in brackets, the photographer and
    // agency joined by a slash or labelled as the image's.
    name: "photo-credit",
    kind: "caption",
    maxWords: 60,
    pattern:
      /^.*\((?:(?:[\p{Lu}][\p{L}.'’-]*\s){1,3}[\p{Lu}][\p{L}'’-]*\s?\/\s?[\p{L}][\p{L} .&'’-]{1,40}|(?:image|photo|picture|pic|credit|foto)s?\s*:\s*[^()]{1,60})\)$/iu,
  },
  {
    // "The old mill by the river.Ola Berg / Reuters file", "Jo Roe / AP": a caption that ends in its credit without
    // brackets, the photographer and a news agency joined by a slash ("file" for an archive picture). Case-sensitive
    // agency names: a sentence does not end in "/ Reuters".
    name: "agency-photo-credit",
    kind: "caption",
    // An agency's caption may run to two long sentences before its credit ("… Jaafar ASHTIYEH / AFP").
    maxWords: 120,
    // The look-ahead for the slash fails a line without one at once: ".*" before the credit is otherwise tried back
    // from every position of the line.
    pattern:
      /^(?=[^/]*\/).*(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}'’-]*\s?\/\s?(?:AP|Reuters|REUTERS|AFP|Getty Images|EPA|EPA-EFE|Bloomberg|Pool|Sipa|Shutterstock|Alamy|dpa)(?:\s+(?:file|[Ff]ile [Pp]hoto|via Getty Images))?$/u,
  },
  {
    // "Courtesy of Harbour News", "Photo courtesy of the county": a line that credits the picture above it, or the
    // outlet a story is republished from. Short and without a full stop: a sentence opening "Courtesy of …" runs on.
    name: "courtesy-credit",
    kind: "caption",
    maxWords: 10,
    pattern: /^(?:(?:photo|image|picture|video|graphic)s?\s+)?courtesy(?:\s+of)?\s+\S[^.!?]{0,80}$/iu,
  },
  {
    // "Crews reopen the bridge on Monday. (Published Monday, Nov. 18, 2019)": a video player's summary, which closes
    // with the clip's publication stamp in brackets (or is only that stamp).
    name: "video-stamp",
    kind: "caption",
    maxWords: 80,
    pattern: /^(?:.*\s)?\((?:Published|Posted|Updated)\s[^()]{4,40}\d{4}\)$/u,
  },
  {
    // "The new keyboard, via iFixit": a photo's caption that credits where the picture comes from, as a line with no
    // full stop between paragraphs. Short: a sentence that ends in "via X." is the article's.
    name: "via-credit",
    kind: "caption",
    maxWords: 15,
    pattern:
      /^\S+(?:\s+\S+){2,}\s+via\s+(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d.'’-]*(?:\s+\p{Lu}[\p{L}\d.'’-]*){0,2}(?<!\.)$/u,
  },
  {
    // An embedded video's summary as scraped: the player's "CLOSE" button first, or the clip's date and source
    // last ("… unfit to lead America. (Aug. 2) AP").
    name: "video-summary",
    kind: "caption",
    maxWords: 80,
    pattern:
      /^(CLOSE\s+[A-Z].*|.*\((Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\)\s+(AP|Reuters|AFP|USA TODAY|Storyful|Video Elephant|Wochit|Newsy)\s*)$/,
  },
  {
    // "Jane Roe's book, "Tides" (Harbour Press, 2018), is out now. Follow her on Twitter @janeroe.": the author's or
    // the site's promotion closing an article, asking readers to follow them. Last: an author's note or a contact line
    // that ends so is read by its own rule first.
    name: "follow-promo",
    kind: "share",
    maxWords: 60,
    pattern: /(?:^|[.!?]\s+)follow (?:him|her|them|us) on (?:x|twitter|facebook|instagram|threads|bluesky)\b/i,
  },
];

/** The characters "." does not match: a branch `.*X` finds no X after one. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Whether the rule's pattern, or one of its `foundAnywhere` patterns after no line break, matches the line. */
function claims(rule: BoilerplateRule, value: string): boolean {
  if (rule.pattern.test(value)) return true;
  for (const pattern of rule.foundAnywhere ?? []) {
    // The leftmost match: if a line break stands before it, one stands before every other match too.
    const m = pattern.exec(value);
    if (m !== null && !LINE_BREAK.test(value.slice(0, m.index))) return true;
  }
  return false;
}

/** The first rule that claims the line, or undefined when it looks like article text. */
export function matchBoilerplate(line: Line): BoilerplateRule | undefined {
  return BOILERPLATE_RULES.find((rule) => line.words <= rule.maxWords && claims(rule, line.value));
}
