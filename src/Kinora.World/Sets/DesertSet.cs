using System.Numerics;

namespace Kinora.World;

/// <summary>A desert: wind-shaped dunes around a flat pan, mesas on the horizon, scattered boulders, a six-wheeled rover.</summary>
static class DesertSet
{
    public static void Dress(SetBuilder b)
    {
        var sand = Palette.Vary(Palette.DesertSand, ref b.Dice, 0.1f);
        b.Plane(Vector3.Zero, 400, 400, sand);
        for (int i = 0; i < 30; i++)
        {
            float angle = b.Dice.RangeF(0, MathF.Tau), dist = b.Dice.RangeF(25f, 120f);
            float r = b.Dice.RangeF(8f, 30f);
            var c = new Vector3(MathF.Cos(angle) * (dist + r), -r * 0.2f, MathF.Sin(angle) * (dist + r));
            b.Sphere(c, new(r * 2.5f, r * 0.6f, r * 1.2f), Palette.Vary(sand, ref b.Dice, 0.08f), b.Dice.RangeF(-0.3f, 0.3f));
        }
        // Natural rock takes the sand's grain (pattern 5): pattern 2 would lay brick courses on these reds.
        var mesa = Palette.Matte(150, 80, 50, 5);
        for (int i = 0; i < 6; i++)
        {
            float angle = b.Dice.RangeF(0, MathF.Tau), dist = b.Dice.RangeF(150f, 190f);
            var at = new Vector3(MathF.Cos(angle) * dist, 0, MathF.Sin(angle) * dist);
            float h = b.Dice.RangeF(15f, 40f), r = b.Dice.RangeF(15f, 35f);
            b.Cylinder(at, r, h, mesa);
            b.Cylinder(at + new Vector3(0, h, 0), r * 0.95f, 1.5f, Palette.Vary(mesa, ref b.Dice, 0.2f));
        }
        for (int i = 0; i < 260; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-40f, 40f), 0, b.Dice.RangeF(-40f, 40f));
            bool onStage = MathF.Abs(at.X) < 9 && MathF.Abs(at.Z) < 8;
            float size = onStage ? b.Dice.RangeF(0.05f, 0.15f) : b.Dice.RangeF(0.1f, 1.6f);
            var rock = Palette.Vary(Palette.Matte(120, 70, 50, 5), ref b.Dice, 0.25f);
            float turn = b.Dice.RangeF(0, 3);
            // A boulder (over 60 cm) is weathered round, half sunk in the sand; a stone is angular; each leans its own way.
            var lean = Quaternion.CreateFromYawPitchRoll(turn, 0.3f * MathF.Sin(turn * 7.3f), 0.3f * MathF.Cos(turn * 5.1f));
            if (size > 0.6f)
                b.Add(Primitive.Sphere, at + new Vector3(0, size * 0.12f, 0), new(size, size * 0.62f, size * 0.85f), rock, lean);
            else
                b.Add(Primitive.Box, at + new Vector3(0, size * 0.2f, 0), new(size, size * 0.55f, size * 0.8f), rock, lean);
            if (size > 0.5f) b.Block(at + new Vector3(0, size * 0.3f, 0), new(size, size * 0.7f, size));
        }
        // The rover: chassis, six wheels on rockers, a mast with its camera head, a solar deck.
        var rover = new Vector3(4.5f, 0, -3.5f);
        float yaw = b.Dice.RangeF(-0.5f, 0.5f);
        var q = Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw);
        Vector3 R(float x, float y, float z) => rover + Vector3.Transform(new Vector3(x, y, z), q);
        var white = Palette.Shiny(220, 220, 214, 0.5f, 0.2f);
        int first = b.InstanceCount;
        b.Box(R(0, 1.0f, 0), new(1.8f, 0.5f, 2.6f), white, yaw);
        b.Box(R(0, 1.28f, 0.1f), new(2.4f, 0.05f, 2.2f), Palette.Shiny(30, 40, 90, 0.2f, 0.6f), yaw);
        foreach (float x in new[] { -1.2f, 1.2f })
        {
            b.Box(R(x, 0.7f, 0), new(0.1f, 0.1f, 2.6f), Palette.Metal, yaw);
            foreach (float z in new[] { -1.1f, 0f, 1.1f })
            {
                b.Lying(R(x, 0.35f, z), 0.35f, 0.35f, Palette.Matte(60, 60, 60), yaw);
                b.Box(R(x, 0.55f, z), new(0.06f, 0.35f, 0.06f), Palette.Metal, yaw);
            }
        }
        b.Cylinder(R(0.6f, 1.25f, -1.0f), 0.06f, 1.2f, Palette.Metal);
        b.Box(R(0.6f, 2.5f, -1.0f), new(0.5f, 0.25f, 0.25f), white, yaw);
        b.Box(R(0.45f, 2.5f, -1.13f), new(0.08f, 0.08f, 0.02f), Palette.Matte(10, 10, 20), yaw);
        b.Box(R(0.75f, 2.5f, -1.13f), new(0.08f, 0.08f, 0.02f), Palette.Matte(10, 10, 20), yaw);
        b.Cylinder(R(-0.6f, 1.3f, 0.8f), 0.03f, 0.7f, Palette.Metal);
        b.Cylinder(R(-0.6f, 2.0f, 0.8f), 0.25f, 0.05f, white);
        // A wheeled vehicle parked on the pan: the crew keeps it out of the foreground and off the frame's edge as it
        // does a car at a kerb.
        b.Parked(VehicleKind.Car, first);
        b.Block(rover + new Vector3(0, 1.2f, 0), new(2.8f, 2.4f, 3f), yaw);
        // Whoever goes to the rover stands a step off its flank on the stage's side, facing it.
        var beside = rover + Vector3.Normalize(-rover with { Y = 0 }) * 2.4f;
        b.NamedPlace("rover", rover + new Vector3(0, 1.1f, 0), beside, Walkway.Yaw(rover - beside));
        for (int i = 0; i < 24; i++)
            b.Box(new(rover.X - 1.2f + (i % 2) * 2.4f, 0.005f, rover.Z + 1.5f + i * 0.35f), new(0.3f, 0.01f, 0.12f), Palette.Vary(sand, ref b.Dice, 0.2f));
        b.Stage = new Aabb(new(-8, 0, -7), new(8, 2, 7));
    }
}
