using System.Numerics;

namespace Kinora.World;

/// <summary>
/// A roadside diner seen from outside (an EXT scene at a diner): a long chrome-and-red building with big windows
/// along its front and a roof sign, facing north across its forecourt; the drive along the front (the lane a car
/// pulls in on, 2.6 m inside the stage's south edge, with room to walk round a car between it and the building) with parking bays against the building, the stage on the forecourt
/// beyond it, the road past the far side, street lamps, grass verges and low hills. A camera looking at people
/// by a car parked at the door sees the diner behind them.
/// </summary>
static class DinerOutsideSet
{
    public static void Dress(SetBuilder b)
    {
        b.Plane(new(0, -0.002f, 0), 240, 240, b.Grass);
        // The forecourt and the drive in front of the diner, the road past the far side and its centre line.
        b.Box(new(0, 0.005f, -2.2f), new(96f, 0.01f, 16.4f), Palette.Asphalt);
        b.Box(new(0, 0.006f, 12.5f), new(160f, 0.012f, 6.5f), Palette.Asphalt);
        for (float x = -78; x < 78; x += 6f) b.Box(new(x, 0.013f, 12.5f), new(3f, 0.002f, 0.12f), Palette.Matte(230, 200, 80));
        for (float x = -14; x <= 14; x += 3.2f) b.Box(new(x, 0.012f, -9.2f), new(0.1f, 0.002f, 1.6f), Palette.White);   // parking bays

        // The diner: a long box with a chrome band, a red stripe, big windows and a door in the middle of its front (facing +Z).
        var chrome = Palette.Shiny(200, 204, 210, 0.2f, 1f);
        var red = Palette.Shiny(176, 30, 38, 0.35f);
        var cream = Palette.Matte(236, 226, 196, 2);
        float front = -10.4f, depth = 8f, length = 20f, height = 3.6f;
        b.Solid(new(0, height / 2, front - depth / 2), new(length, height, depth), cream);
        b.Box(new(0, 0.45f, front + 0.03f), new(length, 0.9f, 0.08f), chrome);
        b.Box(new(0, height - 0.35f, front + 0.04f), new(length + 0.1f, 0.5f, 0.1f), red);
        b.Box(new(0, height + 0.1f, front - depth / 2), new(length + 0.6f, 0.2f, depth + 0.6f), chrome);
        for (float x = -8.5f; x <= 8.5f; x += 2.2f)
        {
            if (MathF.Abs(x) < 1.2f) continue;
            b.Box(new(x, 1.7f, front + 0.02f), new(1.9f, 1.3f, 0.05f), Palette.Glass);
            b.Glow(Primitive.Box, new(x, 1.7f, front - 0.03f), new(1.9f, 1.3f, 0.02f), Palette.WindowLit);
            b.Box(new(x, 1.7f, front - 0.06f), new(1.9f, 1.3f, 0.02f), Palette.Matte(120, 40, 36));   // the booths' red seen through the glass
        }
        b.Box(new(0, 1.05f, front + 0.02f), new(1.1f, 2.1f, 0.06f), Palette.Glass);
        b.Box(new(0, 1.05f, front - 0.05f), new(1.1f, 2.1f, 0.02f), Palette.Matte(60, 50, 44));
        b.Box(new(0, 2.2f, front + 0.35f), new(1.8f, 0.08f, 0.7f), red);   // awning over the door
        // The roof sign on its posts, glowing red after dark.
        foreach (float x in new[] { -2.2f, 2.2f }) b.Cylinder(new(x, height + 0.2f, front - 1.5f), 0.06f, 1.2f, Palette.DarkMetal);
        b.Box(new(0, height + 1.8f, front - 1.5f), new(5.6f, 1.2f, 0.25f), red);
        b.Box(new(0, height + 1.8f, front - 1.36f), new(5f, 0.8f, 0.04f), Palette.White);
        b.Glow(Primitive.Box, new(0, height + 1.8f, front - 1.33f), new(5f, 0.8f, 0.02f), Palette.Glow(255, 60, 70, 4f));
        b.Window(new(0, 1.7f, front));
        // What the place is known by: the diner's front and its roof sign, which an establishing wide holds whole.
        b.Landmark(new Aabb(new(-length / 2, 0, front - 1.6f), new(length / 2, height + 2.4f, front + 0.4f)));

        // Street lamps along the road side of the forecourt, a bench and a bin by the diner's corners.
        foreach (float x in new[] { -13f, 0f, 13f }) Props.StreetLamp(b, new(x, 0, 8.6f), 0);
        Props.Bench(b, new(-7.4f, 0, front + 0.9f), 0);
        b.Solid(new(7.4f, 0.45f, front + 0.8f), new(0.5f, 0.9f, 0.5f), Palette.DarkMetal);

        // Verges: shrubs beyond the road, low hills far off.
        for (int i = 0; i < 18; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-30f, 30f), 0, b.Dice.RangeF(18f, 30f));
            b.Sphere(at + new Vector3(0, 0.6f, 0), new Vector3(b.Dice.RangeF(1.2f, 2.4f), 1.2f, b.Dice.RangeF(1.2f, 2.4f)), Palette.Vary(b.Leaves, ref b.Dice, 0.2f));
        }
        for (int i = 0; i < 8; i++)
        {
            float angle = b.Dice.RangeF(0, MathF.Tau), dist = b.Dice.RangeF(70f, 110f), r = b.Dice.RangeF(25f, 45f);
            b.Sphere(new(MathF.Cos(angle) * dist, -r * 0.4f, MathF.Sin(angle) * dist), new(r * 2, r, r * 2), Palette.Vary(b.Grass, ref b.Dice, 0.15f), angle);
        }
        // The stage takes in the drive, so people getting out of a car at the door walk on planned ground.
        b.Stage = new Aabb(new(-8, 0, -8.2f), new(8, 2, 6.8f));
    }
}
