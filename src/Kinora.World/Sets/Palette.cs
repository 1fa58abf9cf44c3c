using System.Numerics;
using Kinora.Core;

namespace Kinora.World;

/// <summary>The materials sets are dressed in, written as the sRGB a designer would pick.</summary>
static class Palette
{
    public static Vector3 Srgb(byte r, byte g, byte b) => new Rgb(r, g, b).Linear;

    public static Material Matte(byte r, byte g, byte b, int pattern = 0) => Material.Matte(Srgb(r, g, b), pattern);

    public static Material Shiny(byte r, byte g, byte b, float roughness = 0.3f, float metallic = 0f) =>
        new(Srgb(r, g, b), roughness, metallic, Vector3.Zero);

    public static Material Glow(byte r, byte g, byte b, float strength) =>
        new(Srgb(r, g, b), 0.5f, 0f, Srgb(r, g, b) * strength);

    /// <summary>A slightly different shade of the same material, so repeated things do not look cloned.</summary>
    public static Material Vary(Material m, ref Pcg32 dice, float amount = 0.15f)
    {
        float k = 1f + dice.RangeF(-amount, amount);
        return m with { Albedo = Vector3.Clamp(m.Albedo * k, Vector3.Zero, Vector3.One) };
    }

    public static readonly Material Asphalt = Matte(52, 54, 58, 6);
    public static readonly Material Cobbles = Matte(118, 112, 104, 9);
    public static readonly Material Stone = Matte(150, 142, 128, 10);
    public static readonly Material Pavement = Matte(150, 146, 138, 2);
    public static readonly Material Kerb = Matte(170, 168, 160);
    public static readonly Material Brick = Matte(150, 78, 58, 2);
    public static readonly Material Plaster = Matte(214, 204, 184, 2);
    public static readonly Material Concrete = Matte(140, 140, 136, 2);
    public static readonly Material Grass = Matte(78, 120, 48, 1);
    public static readonly Material Earth = Matte(96, 74, 50, 1);
    public static readonly Material Sand = Matte(214, 190, 140, 5);
    public static readonly Material DesertSand = Matte(196, 120, 70, 5);
    public static readonly Material Sea = new(Srgb(20, 60, 80), 0.08f, 0f, Vector3.Zero, 4);
    public static readonly Material Puddle = new(Srgb(30, 34, 40), 0.05f, 0f, Vector3.Zero, 4);
    public static readonly Material Wood = Matte(120, 80, 48, 3);
    public static readonly Material DarkWood = Matte(74, 48, 30, 3);
    public static readonly Material LightWood = Matte(180, 140, 96, 3);
    public static readonly Material Bark = Matte(70, 52, 38, 3);
    public static readonly Material Leaves = Matte(52, 96, 40, 8);
    public static readonly Material Pine = Matte(30, 70, 40, 8);
    // Rock takes the sand's grain (pattern 5), not pattern 2: a reddish rock there would get brick courses.
    public static readonly Material Rock = Matte(110, 106, 100, 5);
    public static readonly Material Metal = Shiny(160, 162, 166, 0.35f, 1f);
    public static readonly Material DarkMetal = Shiny(50, 52, 56, 0.45f, 1f);
    public static readonly Material Rubber = Matte(24, 24, 26);
    public static readonly Material Glass = Shiny(30, 40, 50, 0.05f) with { Glass = true };
    public static readonly Material WindowLit = Glow(255, 200, 120, 3f);
    public static readonly Material Bulb = Glow(255, 220, 160, 8f);
    public static readonly Material Fabric = Matte(120, 60, 50, 7);
    public static readonly Material Cardboard = Matte(170, 130, 84, 3);
    public static readonly Material White = Matte(232, 230, 224);
    public static readonly Material Tile = Matte(220, 220, 214, 2);
    public static readonly Material Steel = Shiny(190, 192, 196, 0.25f, 1f);
    public static readonly Material Paper = Matte(240, 236, 220);

    public static readonly Vector3 LampColour = Srgb(255, 190, 120) * 6f;
    public static readonly Vector3 FireColour = Srgb(255, 130, 50) * 5f;
    public static readonly Vector3 ColdLampColour = Srgb(220, 235, 255) * 5f;
}
