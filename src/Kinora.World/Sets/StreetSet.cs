using System.Numerics;

namespace Kinora.World;

/// <summary>A town street running east–west: road, pavements, building blocks both sides, lamps, a parked car, benches.</summary>
static class StreetSet
{
    public static void Dress(SetBuilder b)
    {
        const float road = 4f, walk = 3.5f, length = 90f;
        float facade = road + walk;
        b.Plane(new(0, 0, 0), length, road * 2, Palette.Asphalt);
        for (float x = -length / 2 + 2; x < length / 2; x += 6)
            b.Box(new(x, 0.005f, 0), new(3f, 0.01f, 0.15f), Palette.Matte(230, 230, 220));
        foreach (int side in new[] { -1, 1 })
        {
            b.Box(new(0, 0.075f, side * (road + walk / 2)), new(length, 0.15f, walk), Palette.Pavement);
            b.Box(new(0, 0.08f, side * (road + 0.08f)), new(length, 0.16f, 0.16f), Palette.Kerb);
            float x = -length / 2;
            while (x < length / 2)
            {
                float w = b.Dice.RangeF(7f, 13f);
                Props.Building(b, x + w / 2, w - 0.2f, side * facade, -side, 12f);
                x += w;
            }
            for (float lx = -36; lx <= 36; lx += 12)
                Props.StreetLamp(b, new(lx + side * 3, 0.15f, side * (road + 0.5f)), side > 0 ? MathF.PI / 2 : -MathF.PI / 2);
            for (float tx = -30; tx <= 30; tx += 15)
            {
                if (MathF.Abs(tx) < 9 && side > 0) continue;
                Props.Deciduous(b, new(tx + 7 * side, 0.15f, side * (facade - 1.2f)), b.Dice.RangeF(4f, 6f));
            }
        }
        Props.Car(b, new(b.Dice.RangeF(-6f, -2f), 0, -road + 1.1f), 0, Palette.Shiny(140, 30, 30, 0.3f, 0.3f));
        Props.Car(b, new(b.Dice.RangeF(12f, 20f), 0, road - 1.1f), MathF.PI, Palette.Shiny(40, 60, 110, 0.3f, 0.3f));
        Props.Bench(b, new(3.5f, 0.15f, road + walk - 0.5f), 0);
        Props.Bench(b, new(-10f, 0.15f, -road - walk + 0.5f), MathF.PI);
        // Bins, a post box and bollards give the pavement scale.
        for (int i = 0; i < 6; i++)
        {
            float x = b.Dice.RangeF(-30f, 30f);
            if (MathF.Abs(x) < 10) continue;
            b.Cylinder(new(x, 0.15f, road + 0.6f), 0.25f, 0.9f, Palette.DarkMetal);
        }
        b.Cylinder(new(-6.5f, 0.15f, road + walk - 0.6f), 0.28f, 1.3f, Palette.Shiny(180, 20, 20, 0.4f));
        b.Block(new(-6.5f, 0.65f, road + walk - 0.6f), new(0.56f, 1.3f, 0.56f));
        b.Stage = new Aabb(new(-9, 0, -road - walk + 0.3f), new(9, 2, road + walk - 0.3f));
    }
}
