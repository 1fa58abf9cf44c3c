namespace Kinora.Script;

/// <summary>
/// How one kind of person talks: the words a dialogue template's slots are filled from. A keeper's trouble "won't
/// hold", a chef's "is dying on the pass", an astronaut's "is reading off nominal"; the same template says three
/// different lines in three mouths. Slots: <see cref="Open"/> and <see cref="Close"/> frame a line, <see cref="Address"/>
/// names the listener ({name} is their name), the rest are predicates and sentences that fit after a noun or stand alone.
/// </summary>
internal sealed record Voice(
    string Family,
    string[] Open,
    string[] Close,
    string[] Address,
    string[] Wrong,
    string[] Good,
    string[] Hurry,
    string[] Calm,
    string[] Doubt,
    string[] Sayings,
    string[] Oaths,
    string[] Like)
{
    /// <summary>
    /// The same voice narrowed for one person: half of the openers and closers, chosen by their own dice, so two chefs
    /// in one kitchen both sound like chefs and not like each other.
    /// </summary>
    public Voice PersonalFor(ref Kinora.Core.Pcg32 dice) => this with
    {
        Open = Half(Open, ref dice),
        Close = Half(Close, ref dice),
        Address = Half(Address, ref dice),
        Sayings = Half(Sayings, ref dice),
        Oaths = Half(Oaths, ref dice),
    };

    static string[] Half(string[] items, ref Kinora.Core.Pcg32 dice)
    {
        if (items.Length < 4) return items;
        var list = items.ToList();
        var kept = new List<string>();
        int keep = (items.Length + 1) / 2;
        while (kept.Count < keep)
        {
            int i = dice.Next(list.Count);
            kept.Add(list[i]);
            list.RemoveAt(i);
        }
        // Keep the book's order so the draw that follows does not depend on how the half was drawn.
        return [.. items.Where(kept.Contains)];
    }
}
