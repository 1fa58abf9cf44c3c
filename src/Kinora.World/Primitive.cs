namespace Kinora.World;

/// <summary>
/// The unit shapes everything is built from. Each is centred on the origin and spans −0.5..0.5 on every axis
/// (a unit box, a sphere of diameter 1, a cylinder/cone of height 1 and diameter 1 along +Y, a capsule of
/// height 1 and diameter 0.5, a 1×1 quad in the XZ plane facing +Y); an instance's transform scales it to size.
/// </summary>
public enum Primitive { Box, Sphere, Cylinder, Cone, Capsule, Plane }
