using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// Derives the film's view of a screenplay from its syntax tree: scenes with their heading parts, the elements in
/// plain text, and the cast. Whatever comes before the first heading (FADE IN:, a cold open) opens the first scene;
/// a document with no heading at all becomes one scene with an empty heading.
/// </summary>
public static class ScreenplayBuilder
{
    public static Screenplay Build(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scenes = ImmutableArray.CreateBuilder<Scene>();
        var cast = new List<string>();
        var castSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sections = new string?[8];
        var pendingSynopses = new List<string>();

        SceneHeadingNode? heading = null;
        var elements = ImmutableArray.CreateBuilder<ScriptElement>();
        var synopses = new List<string>();
        var sceneSections = ImmutableArray<string>.Empty;
        DialogueElement? previousDialogue = null;
        int previousDialogueIndex = -1;

        void Close()
        {
            if (heading is null && elements.Count == 0) return;
            var parts = heading is null ? new SceneHeadingParts("", "", "") : SceneHeadingParts.Of(heading.Text);
            var where = heading?.Span.Start ?? elements[0].Where;
            scenes.Add(new Scene(heading?.Text ?? "", parts.IntExt, parts.Location, parts.TimeOfDay, heading?.Number, where, elements.ToImmutable())
            {
                Sections = sceneSections,
                Synopses = [.. synopses],
            });
        }

        bool afterSection = false;
        foreach (var node in document.Body)
        {
            bool wasAfterSection = afterSection;
            afterSection = node is SectionNode || (afterSection && node is SynopsisNode or NoteNode);
            switch (node)
            {
                case SceneHeadingNode h:
                    if (heading is not null) { Close(); elements.Clear(); }
                    heading = h;
                    sceneSections = [.. sections.Where(s => s is not null).Select(s => s!)];
                    synopses = [.. pendingSynopses];
                    pendingSynopses.Clear();
                    previousDialogue = null;
                    break;
                case SectionNode s:
                    int level = Math.Clamp(s.Level, 1, sections.Length) - 1;
                    sections[level] = s.Text;
                    for (int k = level + 1; k < sections.Length; k++) sections[k] = null;
                    break;
                case SynopsisNode syn:
                    // A synopsis written after a section describes what comes next; one inside a scene describes that scene.
                    if (heading is not null && !wasAfterSection) synopses.Add(syn.Text);
                    else pendingSynopses.Add(syn.Text);
                    break;
                case ActionNode a:
                    elements.Add(new ActionElement(a.Span.Start, Plain(a.Text)));
                    break;
                case CenteredNode c:
                    elements.Add(new ActionElement(c.Span.Start, Plain(c.Text), Centered: true));
                    break;
                case TransitionNode t:
                    elements.Add(new TransitionElement(t.Span.Start, Plain(t.Text)));
                    break;
                case LyricsNode l:
                    elements.Add(new LyricsElement(l.Span.Start, Plain(l.Text)));
                    break;
                case NoteNode n:
                    elements.Add(new NoteElement(n.Span.Start, n.Text.Trim()));
                    break;
                case DialogueBlockNode d:
                    string name = d.Name.Trim();
                    if (name.Length > 0 && castSeen.Add(name)) cast.Add(name);
                    string? extension = MostTelling(d.Extensions);
                    string? parenthetical = null;
                    int firstIndex = elements.Count;
                    DialogueElement? firstOfBlock = null;
                    foreach (var part in d.Parts)
                    {
                        switch (part)
                        {
                            case ParentheticalNode p:
                                parenthetical = p.Text;
                                break;
                            case DialogueNode speech:
                                var e = new DialogueElement(speech.Span.Start, name, extension, parenthetical, Plain(speech.Text), d.Dual);
                                firstOfBlock ??= e;
                                elements.Add(e);
                                parenthetical = null;
                                break;
                            case LyricsNode sung:
                                elements.Add(new LyricsElement(sung.Span.Start, Plain(sung.Text)) { Character = name });
                                break;
                        }
                    }
                    if (firstOfBlock is null && parenthetical is not null)
                    {
                        // A cue with only a parenthetical is a wordless reaction; keep it as silent dialogue.
                        var e = new DialogueElement(d.Span.Start, name, extension, parenthetical, "", d.Dual);
                        firstOfBlock = e;
                        elements.Add(e);
                    }
                    if (d.Dual && previousDialogue is not null && previousDialogueIndex >= 0)
                    {
                        // The first block of a dual pair is spoken at the same time as the second, so both carry the flag.
                        for (int k = previousDialogueIndex; k < firstIndex && k < elements.Count; k++)
                            if (elements[k] is DialogueElement de) elements[k] = de with { Dual = true };
                    }
                    if (firstOfBlock is not null) { previousDialogue = firstOfBlock; previousDialogueIndex = firstIndex; }
                    break;
            }
        }
        Close();
        return new Screenplay(
            document.File,
            [.. document.TitlePage.Select(f => new KeyValuePair<string, string>(f.Key, Plain(f.Value)))],
            scenes.ToImmutable())
        {
            Cast = [.. cast],
        };
    }

    static string Plain(string text) => FountainInline.Plain(text).Trim('\n');

    static string? MostTelling(ImmutableArray<string> extensions)
    {
        if (extensions.IsDefaultOrEmpty) return null;
        foreach (var wanted in DialogueElement.UnseenExtensions)
            foreach (var e in extensions)
                if (e.Equals(wanted, StringComparison.OrdinalIgnoreCase)) return e.ToUpperInvariant();
        foreach (var e in extensions)
            if (!IsContinued(e)) return e;
        return extensions[0];
    }

    static bool IsContinued(string e) => e.Replace("’", "'").ToUpperInvariant() is "CONT'D" or "CONT" or "CONTD" or "CONTINUED" or "MORE";
}
