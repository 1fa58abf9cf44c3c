namespace Kinora.Direction;

/// <summary>
/// Who a shot frames. Single: Subjects[0] alone. OverTheShoulder: Subjects[0] seen past Subjects[1]'s shoulder.
/// TwoShot: the first two subjects together. Group: everyone listed (or the set itself when nobody is).
/// </summary>
public enum ShotType { Single, OverTheShoulder, TwoShot, Group }
