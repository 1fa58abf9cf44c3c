using System.Collections.Immutable;
using Kinora.Core;

namespace Kinora.Production;

/// <summary>
/// Everything about the film that is not the story: who the cast are and how they look and sound, where the
/// places are, the style and the format. Read from and written back to bible.yaml.
/// </summary>
public sealed record Bible(
    string Title,
    long Seed,
    FilmFormat Format,
    Style Style,
    ImmutableArray<CastMember> Cast,
    ImmutableArray<LocationSpec> Locations)
{
    /// <summary>The film's length in seconds when the user fixed it (kinora plan --duration); null = as the screenplay runs.</summary>
    public double? Duration { get; init; }

    /// <summary>
    /// Where each cast member is written in bible.yaml, by name (upper case): for diagnostics about an entry, such as
    /// one naming a character the screenplay does not have. Empty for a bible that was not read from a file.
    /// </summary>
    public ImmutableDictionary<string, SourceLocation> CastSources { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    public CastMember? Member(string name) => Cast.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public LocationSpec? Location(string name) => Locations.FirstOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Frame size in pixels and frames per second.</summary>
public sealed record FilmFormat(int Width, int Height, int Fps);

/// <summary>
/// The look of the film: a grade ("natural", "noir", "warm", "cold", "documentary", "pastel"), grain 0..1, the palette
/// (the colours the wardrobe is drawn from where the screenplay names none) and the picture's aspect ratio.
/// </summary>
public sealed record Style(string Look, double Grain)
{
    /// <summary>The film's colours, sRGB; empty means the default palette (<see cref="DefaultPalette"/>).</summary>
    public ImmutableArray<Rgb> Palette { get; init; } = [];

    /// <summary>
    /// Width over height of the picture (2.39, 1.85, 1.78…); null means the frame's own. The frame keeps its size
    /// (--size); a wider picture is letterboxed inside it (black bars above and below), a narrower one pillarboxed.
    /// </summary>
    public double? AspectRatio { get; init; }

    /// <summary>The palette in force: the bible's, or the default one.</summary>
    public ImmutableArray<Rgb> Colours => Palette.IsDefaultOrEmpty ? DefaultPalette : Palette;

    /// <summary>Muted everyday colours: navy, rust, bottle green, stone, slate, brick, ink, sand.</summary>
    public static readonly ImmutableArray<Rgb> DefaultPalette =
        [new(60, 70, 90), new(90, 60, 50), new(50, 80, 70), new(120, 110, 90), new(70, 70, 75), new(140, 60, 50), new(40, 50, 70), new(150, 130, 100)];

    /// <summary>Least and greatest aspect ratio a bible may ask for (from 1:1 to beyond anamorphic scope).</summary>
    public const double MinAspect = 1.0, MaxAspect = 3.0;
}

/// <summary>A character's fixed look and voice. Colours are sRGB; height in metres; age in years.</summary>
public sealed record CastMember(
    string Name,
    int Age,
    string Build,        // "slim", "average", "heavy"
    double Height,
    Rgb Skin,
    Rgb Hair,
    string HairStyle,    // "short", "long", "braid", "bun", "bald"
    string Top,          // "coat", "jacket", "shirt", "dress", "raincoat", "suit", "spacesuit", "apron"
    Rgb TopColour,
    Rgb BottomColour,
    string Hat,          // "none", "cap", "hat", "helmet", "hood"
    Voice Voice)
{
    /// <summary>The face: proportions and eye colour. Average unless the bible or the description says otherwise.</summary>
    public Face Face { get; init; } = Face.Average;
}

/// <summary>
/// A face the humanoid can show. Width (of the head and jaw), nose (size) and brow (how heavy the brow ridge is) run
/// from 0 to 1 with 0.5 the average; eyes is the iris colour (sRGB).
/// </summary>
public sealed record Face(double Width, double Nose, double Brow, Rgb Eyes)
{
    public static readonly Face Average = new(0.5, 0.5, 0.5, new Rgb(25, 20, 18));
}

/// <summary>An espeak-ng voice ("en-us+m3"), pitch 0..99 and rate in words per minute.</summary>
public sealed record Voice(string Name, int Pitch, int Rate);

/// <summary>
/// A place: its kind of set, the seed its layout comes from, its latitude in degrees (north positive) and the day of
/// the year the story starts there (1..365), which sets the sun and the season.
/// </summary>
public sealed record LocationSpec(string Name, LocationKind Kind, long Seed, double Latitude, int DayOfYear)
{
    /// <summary>The season at this place on its day: the date read through the hemisphere (July is winter at −34°).</summary>
    public Season Season => Seasons.Of(DayOfYear, Latitude);
}
