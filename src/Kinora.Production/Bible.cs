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

    public CastMember? Member(string name) => Cast.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public LocationSpec? Location(string name) => Locations.FirstOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Frame size in pixels and frames per second.</summary>
public sealed record FilmFormat(int Width, int Height, int Fps);

/// <summary>The look of the film: a grade ("natural", "noir", "warm", "cold", "documentary", "pastel"), grain 0..1.</summary>
public sealed record Style(string Look, double Grain);

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
    Voice Voice);

/// <summary>An espeak-ng voice ("en-us+m3"), pitch 0..99 and rate in words per minute.</summary>
public sealed record Voice(string Name, int Pitch, int Rate);

/// <summary>A place: its kind of set, the seed its layout comes from, and its latitude in degrees (north positive).</summary>
public sealed record LocationSpec(string Name, LocationKind Kind, long Seed, double Latitude, int DayOfYear);
