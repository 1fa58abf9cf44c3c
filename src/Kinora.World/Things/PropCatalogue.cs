using Kinora.Production;

namespace Kinora.World;

/// <summary>
/// The hand props Kinora knows by name, most specific words first. A plural ("boxes") brings a few of them.
/// </summary>
public static class PropCatalogue
{
    public static readonly IReadOnlyList<PropDesign> Designs =
    [
        new("suitcase", ["suitcase", "luggage", "briefcase"], ColliderShape.Box, new(0.28f, 0.2f, 0.1f), 8f, 0.1f, 0.6f, Palette.Matte(70, 50, 40, 7)),
        new("box", ["box", "crate", "parcel", "package", "carton"], ColliderShape.Box, new(0.2f, 0.15f, 0.15f), 3f, 0.2f, 0.6f, Palette.Cardboard),
        new("ball", ["ball", "football"], ColliderShape.Sphere, new(0.11f, 0.11f, 0.11f), 0.45f, 0.7f, 0.5f, Palette.Matte(220, 60, 40)),
        new("barrel", ["barrel", "drum", "keg"], ColliderShape.Cylinder, new(0.28f, 0.42f, 0.28f), 18f, 0.15f, 0.6f, Palette.Matte(90, 60, 40, 3)),
        new("bucket", ["bucket", "pail"], ColliderShape.Cylinder, new(0.15f, 0.15f, 0.15f), 1.5f, 0.15f, 0.6f, Palette.Shiny(150, 152, 156, 0.4f, 1f)),
        new("bottle", ["bottle", "flask"], ColliderShape.Cylinder, new(0.04f, 0.14f, 0.04f), 0.8f, 0.25f, 0.4f, Palette.Shiny(40, 90, 50, 0.1f)),
        new("cup", ["cup", "mug", "glass"], ColliderShape.Cylinder, new(0.045f, 0.05f, 0.045f), 0.3f, 0.2f, 0.5f, Palette.White),
        new("pan", ["pan", "pot", "saucepan", "wok"], ColliderShape.Cylinder, new(0.14f, 0.06f, 0.14f), 1.6f, 0.15f, 0.4f, Palette.DarkMetal),
        new("book", ["book", "notebook", "folder"], ColliderShape.Box, new(0.11f, 0.02f, 0.15f), 0.6f, 0.1f, 0.6f, Palette.Matte(110, 30, 30)),
        new("bag", ["bag", "sack", "backpack", "rucksack"], ColliderShape.Box, new(0.2f, 0.25f, 0.12f), 4f, 0.05f, 0.8f, Palette.Matte(80, 80, 60, 7)),
        new("lantern", ["lantern", "torch", "flashlight"], ColliderShape.Cylinder, new(0.08f, 0.13f, 0.08f), 1.2f, 0.1f, 0.5f, Palette.Shiny(180, 150, 60, 0.3f, 1f)),
        new("stone", ["stone", "pebble"], ColliderShape.Sphere, new(0.06f, 0.06f, 0.06f), 0.5f, 0.2f, 0.7f, Palette.Rock),
        new("rope", ["rope"], ColliderShape.Cylinder, new(0.2f, 0.06f, 0.2f), 3f, 0.05f, 0.9f, Palette.Matte(190, 170, 120, 7)),
    ];

    /// <summary>The prop a word names, and whether the word was plural; null when it names none.</summary>
    public static (PropDesign Design, bool Plural)? Named(string text, out int at)
    {
        at = int.MaxValue;
        (PropDesign, bool)? found = null;
        foreach (var d in Designs)
            foreach (var w in d.Words)
            {
                int i = Vocabulary.IndexOfWord(text, w);
                if (i < 0 || i >= at) continue;
                at = i;
                int end = i + w.Length;
                bool plural = end < text.Length && (text[end] == 's' || (end + 1 < text.Length && text[end] == 'e' && text[end + 1] == 's'));
                found = (d, plural);
            }
        return found;
    }
}
