namespace Extraction.Records;

/// <summary>
/// A party organisation (tổ chức đảng) and the administrative unit it belongs to:
/// <c>Đảng bộ huyện Yên Thành</c> is the party committee of the district (huyện) Yên Thành.
/// </summary>
/// <param name="Name">The organisation's name as the article states it, with its unit: <c>Đảng bộ huyện Yên Thành</c>.</param>
/// <param name="UnitLevel">The unit's level, lower case: <c>huyện</c>, <c>thị xã</c>, <c>thành phố</c>, <c>tỉnh</c>, <c>xã</c>, <c>phường</c>, <c>quận</c>, <c>cơ quan</c> …</param>
/// <param name="UnitName">The unit's proper name: <c>Yên Thành</c>.</param>
/// <param name="Province">The province or centrally governed city, when the article makes it clear.</param>
public sealed record PartyOrganization(string Name, string? UnitLevel, string? UnitName, string? Province);
